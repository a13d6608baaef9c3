using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrossCheck.Tests.Ingest;

/// <summary>A Kestrel server on 127.0.0.1 with pages, a conditional feed, redirects, slow, huge and bomb responses.
/// It records every request so tests can prove a request was never made.</summary>
public sealed class LocalWebServer : IAsyncLifetime
{
    public const string PageText = "The Orvel river rose two metres overnight and the council of Lannick closed the east bridge at dawn, Mayor Ida Brenn said.";

    private WebApplication? _app;

    public ConcurrentQueue<(string Path, DateTimeOffset At, string? IfNoneMatch, string? UserAgent)> Hits { get; } = new();

    /// <summary>Titles of the items /live.xml serves; tests add to it between polls.</summary>
    public ConcurrentQueue<string> LiveItems { get; } = new(["first", "second"]);

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public int Port => BaseUrl.Port;

    public Uri Url(string path) => new(BaseUrl, path);

    public int HitsTo(string path) => Hits.Count(h => h.Path == path);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Use(async (context, next) =>
        {
            Hits.Enqueue((context.Request.Path.Value ?? "/", DateTimeOffset.UtcNow, context.Request.Headers.IfNoneMatch.ToString(), context.Request.Headers.UserAgent.ToString()));
            await next(context);
        });
        Map(_app);
        await _app.StartAsync();
        BaseUrl = new Uri(_app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/page.html", () => Results.Content($"<html><head><title>Bridge</title></head><body><article><h1>Bridge closed</h1><p>{PageText}</p></article></body></html>", "text/html; charset=utf-8"));
        app.MapGet("/legacy", () => Results.Bytes(
            CodePages.Windows1252.GetBytes("<html><body><p>Caf\u00E9 owners on the quay moved their stock upstairs as the Orvel rose.</p></body></html>"),
            "text/html; charset=windows-1252"));
        app.MapGet("/feed.xml", (HttpContext context) =>
        {
            if (context.Request.Headers.IfNoneMatch.ToString() == "\"v1\"")
            {
                return Results.StatusCode(304);
            }

            context.Response.Headers.ETag = "\"v1\"";
            return Results.Content(Feed(), "application/rss+xml; charset=utf-8");
        });
        app.MapGet("/teaser-page", () => Results.Content($"<html><body><article><p>Full story: {PageText}</p></article></body></html>", "text/html"));
        app.MapGet("/loop", () => Results.Redirect("/loop"));
        app.MapGet("/hop", () => Results.Redirect("/page.html"));
        app.MapGet("/to-other-loopback", () => Results.Redirect($"http://127.0.0.2:{Port}/page.html"));
        app.MapGet("/slow", async (CancellationToken ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), ct);
            return Results.Content("late", "text/html");
        });
        app.MapGet("/big", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/html";
            var chunk = Encoding.ASCII.GetBytes(new string('a', 64 * 1024));
            for (var i = 0; i < 64 && !context.RequestAborted.IsCancellationRequested; i++)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        });
        app.MapGet("/bomb", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/html";
            context.Response.Headers.ContentEncoding = "gzip";
            await context.Response.Body.WriteAsync(GzipBomb.Value, context.RequestAborted);
        });
        app.MapGet("/missing", () => Results.NotFound());
        app.MapGet("/live.xml", (HttpContext context) =>
        {
            var items = LiveItems.ToArray();
            var etag = $"\"live-{items.Length}\"";
            if (context.Request.Headers.IfNoneMatch.ToString() == etag)
            {
                return Results.StatusCode(304);
            }

            context.Response.Headers.ETag = etag;
            var entries = string.Concat(items.Select(title => $"<item><title>{title}</title><guid>{title}</guid><link>{BaseUrl}items/{title}</link>"
                + $"<content:encoded><![CDATA[<p>{title}: {string.Concat(Enumerable.Repeat(PageText + " ", 6))}</p>]]></content:encoded></item>"));
            return Results.Content($"""<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Live</title>{entries}</channel></rss>""", "application/rss+xml");
        });
    }

    private static readonly Lazy<byte[]> GzipBomb = new(() =>
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++)
            {
                gzip.Write(zeros);
            }
        }

        return output.ToArray();
    });

    private string Feed() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Local Ledger</title>
            <link>{BaseUrl}</link>
            <item>
              <title>Full item</title>
              <link>{BaseUrl}full-item</link>
              <guid>full-1</guid>
              <content:encoded><![CDATA[<p>{string.Concat(Enumerable.Repeat(PageText + " ", 6))}</p>]]></content:encoded>
            </item>
            <item>
              <title>Teaser item</title>
              <link>{BaseUrl}teaser-page</link>
              <guid>teaser-1</guid>
              <pubDate>Tue, 14 May 2024 08:30:00 GMT</pubDate>
              <description>Short teaser.</description>
            </item>
          </channel>
        </rss>
        """;

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private static class CodePages
    {
        public static readonly Encoding Windows1252 = Create();

        private static Encoding Create()
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252);
        }
    }
}
