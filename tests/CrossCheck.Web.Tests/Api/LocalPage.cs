using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CrossCheck.Web.Tests.Api;

/// <summary>A news page served by Kestrel on a loopback port, counting the requests it gets.</summary>
internal sealed class LocalPage : IAsyncDisposable
{
    private const string Html = """
        <!DOCTYPE html><html lang="en"><head><title>Lentmoor dam holds after the storm | Harbor Wire</title>
        <meta property="og:site_name" content="Harbor Wire"><meta property="article:published_time" content="2031-04-02T09:00:00Z"></head>
        <body><article><h1>Lentmoor dam holds after the storm</h1>
        <p>The dam above Lentmoor held through the night as flood waters peaked on Tuesday, the town council said.</p>
        <p>About 1,200 residents who had been evacuated were allowed to return home on Wednesday morning.</p>
        <p>"The worst is behind us," Mayor Mara Velt told reporters at the town hall.</p></article></body></html>
        """;

    private readonly WebApplication _app;
    private int _requests;

    private LocalPage(WebApplication app) => _app = app;

    public int Requests => _requests;

    public string Url { get; private set; } = string.Empty;

    public static async Task<LocalPage> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var page = new LocalPage(app);
        app.MapGet("/news/dam", () =>
        {
            Interlocked.Increment(ref page._requests);
            return Results.Content(Html, "text/html; charset=utf-8");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        page.Url = address.TrimEnd('/') + "/news/dam";
        return page;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
