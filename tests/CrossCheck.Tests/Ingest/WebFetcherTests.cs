using System.Net;
using CrossCheck.Ingest;
using CrossCheck.Ingest.Fetching;
using CrossCheck.Ingest.Web;

namespace CrossCheck.Tests.Ingest;

public sealed class WebFetcherTests(LocalWebServer server) : IClassFixture<LocalWebServer>
{
    private static readonly FetchOptions Local = new()
    {
        AllowPrivate = true,
        PolitenessDelay = TimeSpan.Zero,
        Timeout = TimeSpan.FromSeconds(5),
    };

    private static WebFetcher Fetcher(FetchOptions? options = null) => new(options ?? Local, TimeProvider.System);

    [Fact]
    public async Task Fetches_a_page_with_a_clear_user_agent()
    {
        using var fetcher = Fetcher();
        var result = await fetcher.FetchAsync(server.Url("page.html"));
        Assert.Null(result.Error);
        Assert.Equal(200, result.Status);
        Assert.Contains(LocalWebServer.PageText, System.Text.Encoding.UTF8.GetString(result.Body!), StringComparison.Ordinal);
        Assert.StartsWith("CrossCheck/", server.Hits.Last(h => h.Path == "/page.html").UserAgent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loopback_is_refused_without_allow_private_and_no_request_is_made()
    {
        using var fetcher = Fetcher(Local with { AllowPrivate = false });
        var before = server.HitsTo("/missing");
        var result = await fetcher.FetchAsync(server.Url("missing"));
        Assert.Equal($"refused: 127.0.0.1 resolves to 127.0.0.1, a loopback address (--allow-private allows it)", result.Error);
        Assert.Equal(before, server.HitsTo("/missing"));

        var byName = await fetcher.FetchAsync(new Uri($"http://localhost:{server.Port}/missing"));
        Assert.StartsWith("refused: localhost resolves to ", byName.Error, StringComparison.Ordinal);
        Assert.Equal(before, server.HitsTo("/missing"));
    }

    [Fact]
    public async Task Every_redirect_hop_is_checked_against_the_address_policy()
    {
        using var fetcher = Fetcher(Local with { AllowPrivate = false, AllowedAddresses = new HashSet<IPAddress> { IPAddress.Loopback } });
        var allowedHop = await fetcher.FetchAsync(server.Url("hop"));
        Assert.Null(allowedHop.Error);
        Assert.Equal(server.Url("page.html"), allowedHop.FinalUrl);

        var pageHits = server.HitsTo("/page.html");
        var refusedHop = await fetcher.FetchAsync(server.Url("to-other-loopback"));
        Assert.Equal("refused: 127.0.0.2 resolves to 127.0.0.2, a loopback address (--allow-private allows it)", refusedHop.Error);
        Assert.Equal(pageHits, server.HitsTo("/page.html"));
    }

    [Fact]
    public async Task Redirect_loops_stop_at_the_limit()
    {
        using var fetcher = Fetcher(Local with { MaxRedirects = 3 });
        var result = await fetcher.FetchAsync(server.Url("loop"));
        Assert.Equal("too many redirects (more than 3)", result.Error);
    }

    [Fact]
    public async Task Slow_responses_time_out()
    {
        using var fetcher = Fetcher(Local with { Timeout = TimeSpan.FromMilliseconds(500) });
        var result = await fetcher.FetchAsync(server.Url("slow"));
        Assert.Equal("timed out after 0.5 s", result.Error);
    }

    [Fact]
    public async Task Oversized_bodies_and_gzip_bombs_are_refused()
    {
        using var fetcher = Fetcher(Local with { MaxBodyBytes = 1024 * 1024 });
        Assert.Equal("body is over the 1 MB limit", (await fetcher.FetchAsync(server.Url("big"))).Error);
        var bomb = await fetcher.FetchAsync(server.Url("bomb"));
        Assert.Equal("decompressed body is over the 1 MB limit", bomb.Error);
    }

    [Fact]
    public async Task Http_errors_are_one_line()
    {
        using var fetcher = Fetcher();
        Assert.Equal("HTTP 404 Not Found", (await fetcher.FetchAsync(server.Url("missing"))).Error);
    }

    [Fact]
    public async Task Feeds_are_fetched_conditionally()
    {
        using var fetcher = Fetcher();
        var first = await fetcher.FetchAsync(server.Url("feed.xml"));
        Assert.Equal("\"v1\"", first.ETag);
        var second = await fetcher.FetchAsync(server.Url("feed.xml"), new ConditionalHeaders(first.ETag, first.LastModified));
        Assert.True(second.NotModified);
        Assert.Null(second.Body);
        Assert.Equal("\"v1\"", server.Hits.Last(h => h.Path == "/feed.xml").IfNoneMatch);
    }

    [Fact]
    public async Task Requests_to_one_host_are_spaced_by_the_politeness_delay()
    {
        using var fetcher = Fetcher(Local with { PolitenessDelay = TimeSpan.FromMilliseconds(400) });
        var started = DateTimeOffset.UtcNow;
        for (var i = 0; i < 3; i++)
        {
            Assert.Null((await fetcher.FetchAsync(server.Url("page.html"))).Error);
        }

        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromMilliseconds(780));
    }

    [Fact]
    public async Task A_feed_url_becomes_documents_and_teasers_are_fetched_in_full()
    {
        using var fetcher = Fetcher();
        var source = new WebIngestSource(fetcher, IngestOptions.Default);
        var items = await source.FromUrlAsync(server.Url("feed.xml").ToString()).ToListAsync();
        Assert.All(items, i => Assert.Null(i.Error));
        Assert.Equal(["Full item", "Teaser item"], items.Select(i => i.Document!.Metadata.Title));
        var teaser = items[1].Document!;
        Assert.Contains("Full story:", teaser.Content, StringComparison.Ordinal);
        Assert.Equal(server.Url("teaser-page").ToString(), teaser.Metadata.Url);
        Assert.Equal("Local Ledger", teaser.Metadata.Outlet);
        Assert.Equal("2024-05-14T08:30:00+00:00", teaser.Metadata.Published);
    }

    [Fact]
    public async Task Pages_in_a_declared_legacy_charset_are_decoded()
    {
        using var fetcher = Fetcher();
        var items = await new WebIngestSource(fetcher, IngestOptions.Default).FromUrlAsync(server.Url("legacy").ToString()).ToListAsync();
        Assert.Contains("Caf\u00E9 owners", Assert.Single(items).Document!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opml_lists_fetch_each_feed()
    {
        using var dir = new TempDirectory();
        var opml = dir.Write("subs.opml", $"""<opml version="2.0"><body><outline text="L" xmlUrl="{server.Url("feed.xml")}"/><outline text="Gone" xmlUrl="{server.Url("missing")}"/></body></opml>""");
        using var fetcher = Fetcher();
        var items = await new WebIngestSource(fetcher, IngestOptions.Default).FromOpmlAsync(opml).ToListAsync();
        Assert.Equal(2, items.Count(i => i.Document is not null));
        Assert.Equal($"{server.Url("missing")}: HTTP 404 Not Found", Assert.Single(items, i => i.Error is not null).Error!.ToString());
    }
}
