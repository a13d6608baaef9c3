using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using CrossCheck.Text.Dates;

namespace CrossCheck.Ingest.Feeds;

/// <summary>Parses RSS 2.0 and Atom 1.0 with System.ServiceModel.Syndication (lenient dates), and RSS 1.0 (RDF),
/// which that library does not read, with LINQ to XML. Never throws for bad input: returns a one-line reason.</summary>
internal static class FeedParser
{
    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";

    public static (Feed? Feed, string? Error) Parse(string xml, long maxCharacters = 1L << 26)
    {
        ArgumentNullException.ThrowIfNull(xml);
        try
        {
            return SafeXml.RootName(xml) switch
            {
                "rss" => (Rss(xml, maxCharacters), null),
                "feed" => (Syndicated(xml, new Atom10FeedFormatter { DateTimeParser = FeedDates.Parse }, maxCharacters), null),
                "RDF" => (PlainItems(xml, maxCharacters), null),
                null => (null, "not XML"),
                var other => (null, $"not an RSS, Atom or RDF feed (root element <{other}>)"),
            };
        }
        catch (XmlException ex)
        {
            return (null, $"malformed XML (line {ex.LineNumber.ToString(CultureInfo.InvariantCulture)}: {FirstSentence(ex.Message)})");
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return (null, $"unreadable feed ({FirstSentence(ex.Message)})");
        }
    }

    /// <summary>True when the text is a feed document (by its root element).</summary>
    public static bool LooksLikeFeed(string text) => SafeXml.RootName(text) is "rss" or "feed" or "RDF";

    private static Feed Syndicated(string xml, SyndicationFeedFormatter formatter, long maxCharacters)
    {
        using var reader = SafeXml.Create(xml, maxCharacters);
        formatter.ReadFrom(reader);
        var feed = formatter.Feed;
        var feedLink = feed.Links.FirstOrDefault()?.Uri;
        var items = feed.Items.Select(item => new FeedItem(
            Blank(item.Id),
            Blank(item.Title?.Text),
            Absolute(item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri ?? item.Links.FirstOrDefault()?.Uri, feedLink),
            Known(item.PublishDate) ?? Known(item.LastUpdatedTime),
            Blank(item.Authors.FirstOrDefault()?.Name ?? item.Authors.FirstOrDefault()?.Email) ?? Extension(item, "creator", DublinCore),
            Blank((item.Content as TextSyndicationContent)?.Text) ?? Extension(item, "encoded", ContentNamespace),
            Blank(item.Summary?.Text))).ToList();
        return new Feed(Blank(feed.Title?.Text), feedLink?.ToString(), items);
    }

    /// <summary>RSS 2.0 through Syndication; RSS 0.9x (which Syndication refuses) through the plain reader.</summary>
    private static Feed Rss(string xml, long maxCharacters)
    {
        try
        {
            return Syndicated(xml, new Rss20FeedFormatter { DateTimeParser = FeedDates.Parse }, maxCharacters);
        }
        catch (NotSupportedException)
        {
            return PlainItems(xml, maxCharacters);
        }
    }

    /// <summary>RSS 1.0 (RDF) and RSS 0.9x: <c>item</c> elements under the root or its channel.</summary>
    private static Feed PlainItems(string xml, long maxCharacters)
    {
        using var reader = SafeXml.Create(xml, maxCharacters);
        var root = XDocument.Load(reader).Root!;
        string? Child(XElement parent, string name, string? ns = null) =>
            Blank(parent.Elements().FirstOrDefault(e => e.Name.LocalName == name && (ns is null || e.Name.NamespaceName == ns))?.Value);
        var channel = root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel");
        var itemElements = root.Elements().Concat(channel?.Elements() ?? []).Where(e => e.Name.LocalName == "item");
        var items = itemElements.Select(item => new FeedItem(
            Blank(item.Attributes().FirstOrDefault(a => a.Name.LocalName == "about")?.Value) ?? Child(item, "guid"),
            Child(item, "title"),
            Child(item, "link"),
            DateStringParser.ParseInstant(Child(item, "date", DublinCore) ?? Child(item, "pubDate")),
            Child(item, "creator", DublinCore) ?? Child(item, "author"),
            Child(item, "encoded", ContentNamespace),
            Child(item, "description"))).ToList();
        return new Feed(channel is null ? null : Child(channel, "title"), channel is null ? null : Child(channel, "link"), items);
    }

    private static string? Extension(SyndicationItem item, string name, string ns)
    {
        var extension = item.ElementExtensions.FirstOrDefault(e => e.OuterName == name && e.OuterNamespace == ns);
        if (extension is null)
        {
            return null;
        }

        using var reader = extension.GetReader();
        return Blank(reader.ReadElementContentAsString());
    }

    private static string? Absolute(Uri? link, Uri? feedLink)
    {
        if (link is null)
        {
            return null;
        }

        if (link.IsAbsoluteUri)
        {
            return link.ToString();
        }

        return feedLink is { IsAbsoluteUri: true } && Uri.TryCreate(feedLink, link, out var resolved) ? resolved.ToString() : link.ToString();
    }

    private static DateTimeOffset? Known(DateTimeOffset value) => value == default || value == FeedDates.Unknown ? null : value;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }
}
