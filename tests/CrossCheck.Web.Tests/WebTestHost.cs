using CrossCheck.Catalog;
using CrossCheck.Ingest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;

namespace CrossCheck.Web.Tests;

/// <summary>The web application in-process (TestServer) over an in-memory catalog.</summary>
internal sealed class WebTestHost : IAsyncDisposable
{
    public const string ApiKey = "test-key-123";

    private readonly WebApplication _app;

    private WebTestHost(WebApplication app, IStoryCatalog catalog)
    {
        _app = app;
        Catalog = catalog;
        Client = app.GetTestClient();
    }

    public IStoryCatalog Catalog { get; }

    public HttpClient Client { get; }

    public static async Task<WebTestHost> StartAsync(WebOptions? options = null, params RawDocument[] documents)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        var catalog = new InMemoryStoryCatalog(time);
        await catalog.AddAsync(documents, CancellationToken.None);
        var app = CrossCheckWebApp.Create(options ?? new WebOptions { ApiKey = ApiKey }, catalog, time, b => b.WebHost.UseTestServer());
        await app.StartAsync();
        return new WebTestHost(app, catalog);
    }

    public static RawDocument Report(string id, string outlet, string title, string text, string published = "2031-03-02") =>
        new(id, id + ".md", DocumentFormat.PlainText, text, new DocumentMetadata(title, outlet, null, published));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
