using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace CrossCheck.Ingest.Feeds;

/// <summary>Turns feed items into raw documents from the content the feed itself carries.</summary>
internal static class FeedItemDocuments
{
    /// <summary>Items whose text (tags stripped) is shorter than this are teasers: worth fetching the page for.</summary>
    public const int FullTextThreshold = 600;

    public static RawDocument? FromContent(Feed feed, FeedItem item, string source, string html)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(item);
        return string.IsNullOrWhiteSpace(html) ? null : new RawDocument(IdOf(item), source, DocumentFormat.Html, html, MetadataOf(feed, item));
    }

    public static DocumentMetadata MetadataOf(Feed feed, FeedItem item)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(item);
        return new DocumentMetadata(item.Title, feed.Title, item.Link, item.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture), item.Author);
    }

    /// <summary>The best body the feed gives: full content, else the summary.</summary>
    public static string? BodyOf(FeedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.ContentHtml ?? item.SummaryHtml;
    }

    /// <summary>True when the feed's own body looks like a full article rather than a teaser.</summary>
    public static bool HasFullText(FeedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var body = BodyOf(item);
        return body is not null && StripTags(body).Length >= FullTextThreshold;
    }

    /// <summary>A stable, file-name-safe id from the item key.</summary>
    public static string IdOf(FeedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return "item-" + Convert.ToHexStringLower(XxHash64.Hash(Encoding.UTF8.GetBytes(item.Key)));
    }

    private static string StripTags(string html)
    {
        var builder = new StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            inTag = c == '<' || (inTag && c != '>');
            if (!inTag && c != '>' && !char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
