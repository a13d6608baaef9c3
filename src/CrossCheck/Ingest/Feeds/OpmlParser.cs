using System.Xml;
using System.Xml.Linq;

namespace CrossCheck.Ingest.Feeds;

/// <summary>Reads the feed subscriptions (<c>outline</c> elements with <c>xmlUrl</c>, at any depth) of an OPML list.</summary>
internal static class OpmlParser
{
    public static (IReadOnlyList<OpmlFeed>? Feeds, string? Error) Parse(string xml, long maxCharacters = 1L << 26)
    {
        ArgumentNullException.ThrowIfNull(xml);
        try
        {
            using var reader = SafeXml.Create(xml, maxCharacters);
            var root = XDocument.Load(reader).Root;
            if (root is null || root.Name.LocalName != "opml")
            {
                return (null, $"not an OPML list (root element <{root?.Name.LocalName}>)");
            }

            var feeds = root.Descendants()
                .Where(e => e.Name.LocalName == "outline")
                .Select(e => (Title: (string?)(e.Attribute("title") ?? e.Attribute("text")), Url: ((string?)e.Attribute("xmlUrl"))?.Trim()))
                .Where(f => !string.IsNullOrEmpty(f.Url))
                .DistinctBy(f => f.Url, StringComparer.Ordinal)
                .Select(f => new OpmlFeed(f.Title, f.Url!))
                .ToList();
            return (feeds, null);
        }
        catch (XmlException ex)
        {
            return (null, $"malformed XML (line {ex.LineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)})");
        }
    }
}
