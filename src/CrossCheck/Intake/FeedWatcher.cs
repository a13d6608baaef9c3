using CrossCheck.Ingest;
using CrossCheck.Ingest.Decoding;
using CrossCheck.Ingest.Feeds;
using CrossCheck.Ingest.Fetching;
using CrossCheck.Ingest.Readers;
using CrossCheck.Ingest.Web;
using CrossCheck.Storage;

namespace CrossCheck.Intake;

/// <summary>Polls feeds and stores only items not seen before. Uses conditional requests (ETag/Last-Modified
/// remembered in the store) and the injected <see cref="TimeProvider"/> for its schedule, so tests can drive it.</summary>
public sealed class FeedWatcher(IArticleStore store, WebFetcher fetcher, WebIngestSource source, ArticleIngestor ingestor, TimeProvider time)
{
    /// <summary>Polls every feed once.</summary>
    public async Task<IngestSummary> PollOnceAsync(IReadOnlyList<string> feedUrls, Action<IngestEvent>? onEvent = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feedUrls);
        var summary = IngestSummary.Empty;
        foreach (var feedUrl in feedUrls)
        {
            summary = summary.Plus(await PollFeedAsync(feedUrl, onEvent, cancellationToken).ConfigureAwait(false));
        }

        return summary;
    }

    /// <summary>Polls at each interval (measured from the start of the previous poll) until cancelled;
    /// <paramref name="onPoll"/> gets each poll's summary.</summary>
    public async Task RunAsync(
        IReadOnlyList<string> feedUrls, TimeSpan interval, Action<IngestSummary> onPoll, Action<IngestEvent>? onEvent = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(onPoll);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var due = time.GetUtcNow() + interval;
                var summary = await PollOnceAsync(feedUrls, onEvent, cancellationToken).ConfigureAwait(false);
                var wait = due - time.GetUtcNow();

                // The timer starts before the poll is reported, so whoever reacts to the report sees it running.
                var next = wait > TimeSpan.Zero ? Task.Delay(wait, time, cancellationToken) : Task.CompletedTask;
                onPoll(summary);
                await next.ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task<IngestSummary> PollFeedAsync(string feedUrl, Action<IngestEvent>? onEvent, CancellationToken ct)
    {
        IngestSummary Fail(string reason)
        {
            var failure = new IngestEvent(feedUrl, null, reason);
            onEvent?.Invoke(failure);
            return IngestSummary.Empty.With(failure);
        }

        if (!Uri.TryCreate(feedUrl, UriKind.Absolute, out var uri))
        {
            return Fail("not a valid URL");
        }

        var state = await store.GetFeedStateAsync(feedUrl, ct).ConfigureAwait(false);
        var fetched = await fetcher.FetchAsync(uri, state is null ? null : new ConditionalHeaders(state.ETag, state.LastModified), ct).ConfigureAwait(false);
        if (fetched.NotModified)
        {
            await store.SaveFeedStateAsync(new FeedState(feedUrl, state?.ETag, state?.LastModified, time.GetUtcNow(), new HashSet<string>()), ct).ConfigureAwait(false);
            return IngestSummary.Empty;
        }

        if (!fetched.Succeeded)
        {
            return Fail(fetched.Error ?? "no content");
        }

        var (text, decodeError) = InputFile.DecodeNonEmpty(fetched.Body, CharsetSniffer.FromContentType(fetched.ContentType), sniffMarkup: true);
        var (feed, error) = text is null ? (null, decodeError) : FeedParser.Parse(text);
        if (feed is null)
        {
            return Fail(error!);
        }

        var seen = state?.SeenItems ?? new HashSet<string>();
        var newlySeen = new HashSet<string>(StringComparer.Ordinal);
        var summary = IngestSummary.Empty;
        var index = 0;
        foreach (var entry in feed.Items)
        {
            index++;
            if (seen.Contains(entry.Key) || !newlySeen.Add(entry.Key))
            {
                continue;
            }

            var item = await source.FromFeedItemAsync(feed, entry, $"{feedUrl}#{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}", ct).ConfigureAwait(false);
            var result = await ingestor.IngestOneAsync(item, ct).ConfigureAwait(false);
            if (result.Failed)
            {
                newlySeen.Remove(entry.Key);
            }

            summary = summary.With(result);
            onEvent?.Invoke(result);
        }

        await store.SaveFeedStateAsync(new FeedState(feedUrl, fetched.ETag, fetched.LastModified, time.GetUtcNow(), newlySeen), ct).ConfigureAwait(false);
        return summary;
    }
}
