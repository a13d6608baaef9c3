using CrossCheck.Ingest;

namespace CrossCheck.Storage;

/// <summary>What adding a document did.</summary>
public enum AddOutcome
{
    /// <summary>A new article.</summary>
    Added,

    /// <summary>New content for an article already stored under the same canonical URL.</summary>
    Revised,

    /// <summary>The same content was already stored: nothing written.</summary>
    Unchanged,
}

public sealed record AddResult(AddOutcome Outcome, string DocumentId, int Revision);

/// <summary>An article as stored: the raw input it came from and its extracted fields, at one revision.</summary>
public sealed record StoredArticle(
    string DocumentId,
    string Key,
    int Revision,
    string ContentHash,
    RawDocument Document,
    Article Article,
    DateTimeOffset FirstSeen,
    DateTimeOffset AddedAt,
    string? StoryId);

/// <summary>Filters for <see cref="IArticleStore.QueryAsync"/>; null members do not filter.</summary>
public sealed record ArticleQuery(
    DateTimeOffset? Since = null,
    string? StoryId = null,
    string? Text = null,
    int? Limit = null)
{
    public static ArticleQuery All { get; } = new();
}

public sealed record StoreCounts(int Articles, int Revisions);

/// <summary>What a poller remembers about a feed between polls.</summary>
public sealed record FeedState(
    string FeedUrl,
    string? ETag,
    string? LastModified,
    DateTimeOffset? LastPolled,
    IReadOnlySet<string> SeenItems);
