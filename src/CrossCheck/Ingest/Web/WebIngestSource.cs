using System.Runtime.CompilerServices;
using CrossCheck.Ingest.Decoding;
using CrossCheck.Ingest.Feeds;
using CrossCheck.Ingest.Fetching;
using CrossCheck.Ingest.Readers;

namespace CrossCheck.Ingest.Web;

/// <summary>Documents from the web: a page URL, a feed URL (items with full text used as they are, teaser items'
/// pages fetched), or an OPML list of feeds. Every failure is one item error; the rest goes on.</summary>
internal sealed class WebIngestSource(WebFetcher fetcher, IngestOptions options)
{
    public async IAsyncEnumerable<IngestItem> FromUrlAsync(string url, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            yield return IngestItem.Fail(url, "not a valid URL");
            yield break;
        }

        var fetched = await fetcher.FetchAsync(uri, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!fetched.Succeeded)
        {
            yield return IngestItem.Fail(url, fetched.Error ?? "no content");
            yield break;
        }

        var (text, error) = InputFile.DecodeNonEmpty(fetched.Body, CharsetSniffer.FromContentType(fetched.ContentType), sniffMarkup: true);
        if (text is null)
        {
            yield return IngestItem.Fail(url, error!);
            yield break;
        }

        if (FeedParser.LooksLikeFeed(text))
        {
            await foreach (var item in FromFeedTextAsync(text, url, cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }

            yield break;
        }

        var metadata = new DocumentMetadata(Url: fetched.FinalUrl.ToString());
        yield return IngestItem.Ok(new RawDocument(UrlIds.FromUrl(fetched.FinalUrl), url, DocumentFormat.Html, text, metadata));
    }

    public async IAsyncEnumerable<IngestItem> FromFeedTextAsync(string text, string source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (feed, error) = FeedParser.Parse(text, options.MaxRecordBytes);
        if (feed is null)
        {
            yield return IngestItem.Fail(source, error!);
            yield break;
        }

        await foreach (var item in FromFeedAsync(feed, source, cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    /// <summary>One item per feed entry; entries that are only teasers have their page fetched.</summary>
    public async IAsyncEnumerable<IngestItem> FromFeedAsync(Feed feed, string source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var index = 0;
        foreach (var entry in feed.Items)
        {
            index++;
            var itemSource = $"{source}#{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
            yield return await FromFeedItemAsync(feed, entry, itemSource, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<IngestItem> FromFeedItemAsync(Feed feed, FeedItem entry, string itemSource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (FeedItemDocuments.HasFullText(entry) || entry.Link is null || !Uri.TryCreate(entry.Link, UriKind.Absolute, out var link))
        {
            var body = FeedItemDocuments.BodyOf(entry);
            var document = body is null ? null : FeedItemDocuments.FromContent(feed, entry, itemSource, body);
            return document is null ? IngestItem.Fail(itemSource, "feed item has no content and no link") : IngestItem.Ok(document);
        }

        var page = await fetcher.FetchAsync(link, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!page.Succeeded)
        {
            return IngestItem.Fail($"{itemSource} ({entry.Link})", page.Error ?? "no content");
        }

        var (text, error) = InputFile.DecodeNonEmpty(page.Body, CharsetSniffer.FromContentType(page.ContentType), sniffMarkup: true);
        if (text is null)
        {
            return IngestItem.Fail($"{itemSource} ({entry.Link})", error!);
        }

        var metadata = FeedItemDocuments.MetadataOf(feed, entry) with { Url = page.FinalUrl.ToString() };
        return IngestItem.Ok(new RawDocument(FeedItemDocuments.IdOf(entry), entry.Link, DocumentFormat.Html, text, metadata));
    }

    /// <summary>Every feed of an OPML list, fetched in turn.</summary>
    public async IAsyncEnumerable<IngestItem> FromOpmlAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (text, error) = InputFile.ReadText(path, options.MaxRecordBytes, sniffMarkup: true);
        var (feeds, opmlError) = text is null ? (null, error) : OpmlParser.Parse(text, options.MaxRecordBytes);
        if (feeds is null)
        {
            yield return IngestItem.Fail(path, opmlError!);
            yield break;
        }

        if (feeds.Count == 0)
        {
            yield return IngestItem.Fail(path, "OPML list has no feeds (no outline with xmlUrl)");
        }

        foreach (var feed in feeds)
        {
            await foreach (var item in FromUrlAsync(feed.XmlUrl, cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }
}
