using CrossCheck.Dossiers;
using CrossCheck.Ingest;

namespace CrossCheck.Catalog;

/// <summary>The stories of a collection of articles, as front ends (web, API) read and extend them.</summary>
internal interface IStoryCatalog
{
    /// <summary>Stories newest first; <paramref name="query"/> matches words of titles and claims, entity names and outlets.</summary>
    Task<IReadOnlyList<StorySummary>> ListStoriesAsync(string? query, CancellationToken cancellationToken);

    /// <summary>The dossier of one story (a document holding that story and its articles), or null.</summary>
    Task<DossierDocument?> GetStoryAsync(string storyId, CancellationToken cancellationToken);

    Task<ArticleDetail?> GetArticleAsync(string articleId, CancellationToken cancellationToken);

    Task<AddSummary> AddAsync(IReadOnlyList<RawDocument> documents, CancellationToken cancellationToken);
}
