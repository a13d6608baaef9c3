namespace CrossCheck.Ingest.Feeds;

/// <summary>A parsed RSS 2.0, RSS 1.0 (RDF) or Atom feed.</summary>
internal sealed record Feed(string? Title, string? Link, IReadOnlyList<FeedItem> Items);

/// <summary>One feed entry. <see cref="ContentHtml"/> is the full body when the feed carries one
/// (content:encoded, Atom content); <see cref="SummaryHtml"/> the description/summary.</summary>
internal sealed record FeedItem(
    string? Id,
    string? Title,
    string? Link,
    DateTimeOffset? Published,
    string? Author,
    string? ContentHtml,
    string? SummaryHtml)
{
    /// <summary>What identifies the item across polls: its guid/id, else its link, else its title.</summary>
    public string Key => Id ?? Link ?? Title ?? string.Empty;
}

/// <summary>A feed listed in an OPML subscription list.</summary>
internal sealed record OpmlFeed(string? Title, string XmlUrl);
