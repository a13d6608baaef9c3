using System.Threading.Channels;
using CrossCheck.Ingest;
using CrossCheck.Ingest.Fetching;
using CrossCheck.Ingest.Web;
using CrossCheck.Intake;
using CrossCheck.Storage;
using CrossCheck.Storage.Sqlite;
using CrossCheck.Tests.Ingest;
using Microsoft.Extensions.Time.Testing;

namespace CrossCheck.Tests.Intake;

public sealed class FeedWatcherTests(LocalWebServer server) : IClassFixture<LocalWebServer>, IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Polls_on_the_interval_and_stores_only_new_items()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2024, 5, 14, 12, 0, 0, TimeSpan.Zero));
        await using var store = await SqliteArticleStore.OpenAsync(Path.Combine(_dir.Path, "watch.db"), time);
        using var fetcher = new WebFetcher(new FetchOptions { AllowPrivate = true, PolitenessDelay = TimeSpan.Zero }, time);
        var watcher = new FeedWatcher(store, fetcher, new WebIngestSource(fetcher, IngestOptions.Default), new ArticleIngestor(store, time), time);
        var polls = Channel.CreateUnbounded<IngestSummary>();
        using var stop = new CancellationTokenSource();
        var feed = server.Url("live.xml").ToString();

        var running = watcher.RunAsync([feed], TimeSpan.FromMinutes(10), s => polls.Writer.TryWrite(s), cancellationToken: stop.Token);

        Assert.Equal(new IngestSummary(2, 0, 0, 0), await NextPoll(polls));
        server.LiveItems.Enqueue("third");
        time.Advance(TimeSpan.FromMinutes(9));
        Assert.False(polls.Reader.TryPeek(out _));
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new IngestSummary(1, 0, 0, 0), await NextPoll(polls));
        time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(IngestSummary.Empty, await NextPoll(polls));
        Assert.Equal("\"live-3\"", server.Hits.Last(h => h.Path == "/live.xml").IfNoneMatch);

        await stop.CancelAsync();
        await running;
        Assert.Equal(new StoreCounts(3, 3), await store.CountAsync());
        var state = await store.GetFeedStateAsync(feed);
        Assert.Equal(["first", "second", "third"], state!.SeenItems.Order(StringComparer.Ordinal));
    }

    private static async Task<IngestSummary> NextPoll(Channel<IngestSummary> polls)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        return await polls.Reader.ReadAsync(timeout.Token);
    }
}
