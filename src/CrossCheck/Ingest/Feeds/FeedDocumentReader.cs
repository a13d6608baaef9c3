using System.Globalization;
using CrossCheck.Ingest.Readers;

namespace CrossCheck.Ingest.Feeds;

/// <summary>Feed files read offline: one document per item from the content the feed carries
/// (fetching teaser items' pages is the <c>add</c> command's job).</summary>
internal sealed class FeedDocumentReader : IDocumentReader
{
    public IReadOnlyList<string> Extensions { get; } = [".rss", ".atom", ".rdf", ".xml"];

    public IEnumerable<IngestItem> Read(string path, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (text, error) = InputFile.ReadText(path, options.MaxRecordBytes, sniffMarkup: true);
        if (text is null)
        {
            return [IngestItem.Fail(path, error!)];
        }

        var (feed, feedError) = FeedParser.Parse(text, options.MaxRecordBytes);
        return feed is null ? [IngestItem.Fail(path, feedError!)] : Items(feed, path);
    }

    public static IEnumerable<IngestItem> Items(Feed feed, string source)
    {
        ArgumentNullException.ThrowIfNull(feed);
        if (feed.Items.Count == 0)
        {
            yield return IngestItem.Fail(source, "feed has no items");
        }

        for (var i = 0; i < feed.Items.Count; i++)
        {
            var item = feed.Items[i];
            var itemSource = $"{source}#{(i + 1).ToString(CultureInfo.InvariantCulture)}";
            var document = FeedItemDocuments.BodyOf(item) is { } body ? FeedItemDocuments.FromContent(feed, item, itemSource, body) : null;
            yield return document is null
                ? IngestItem.Fail(itemSource, "feed item has no content" + (item.Link is null ? string.Empty : $" ({item.Link})"))
                : IngestItem.Ok(document);
        }
    }
}
