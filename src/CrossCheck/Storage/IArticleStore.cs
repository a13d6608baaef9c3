using CrossCheck.Ingest;

namespace CrossCheck.Storage;

/// <summary>Durable article storage shared by the CLI and the web front end. Implementations (SQLite now,
/// PostgreSQL later) must give the same behaviour: articles are keyed by canonical URL and content hash,
/// re-adding the same content is a no-op, new content for a known URL becomes a revision, and each add is
/// one transaction (a crash never leaves half an article). It also keeps the sentence vectors of the claims
/// (<see cref="ISentenceVectorStore"/>), so each sentence is embedded once.</summary>
internal interface IArticleStore : ISentenceVectorStore, IAsyncDisposable
{
    /// <summary>Stores a document and its extracted article.</summary>
    Task<AddResult> AddAsync(RawDocument document, Article article, CancellationToken cancellationToken = default);

    /// <summary>Current revisions matching the query, oldest first (by publication date, else first-seen time).</summary>
    Task<IReadOnlyList<StoredArticle>> QueryAsync(ArticleQuery query, CancellationToken cancellationToken = default);

    /// <summary>The current revision of an article by its document id, or null.</summary>
    Task<StoredArticle?> GetAsync(string documentId, CancellationToken cancellationToken = default);

    /// <summary>Every stored revision of an article, first to last.</summary>
    Task<IReadOnlyList<StoredArticle>> GetRevisionsAsync(string documentId, CancellationToken cancellationToken = default);

    /// <summary>Records which story each article belongs to (document id to story id).</summary>
    Task AssignStoriesAsync(IReadOnlyDictionary<string, string> storyByDocumentId, CancellationToken cancellationToken = default);

    Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>Conditional-request validators and seen items of a polled feed.</summary>
    Task<FeedState?> GetFeedStateAsync(string feedUrl, CancellationToken cancellationToken = default);

    Task SaveFeedStateAsync(FeedState state, CancellationToken cancellationToken = default);
}
