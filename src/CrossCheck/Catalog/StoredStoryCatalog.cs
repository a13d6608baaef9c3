using CrossCheck.Dossiers;
using CrossCheck.Ingest;
using CrossCheck.Pipeline;
using CrossCheck.Storage;

namespace CrossCheck.Catalog;

/// <summary>A catalog over a durable article store (SQLite or PostgreSQL): articles are written to the store
/// first, then the collection is re-analysed and each article's story recorded in the store.</summary>
public sealed class StoredStoryCatalog : IStoryCatalog
{
    private readonly IArticleStore _store;
    private readonly CrossCheckPipeline _pipeline;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private StorySnapshot? _snapshot;

    public StoredStoryCatalog(IArticleStore store, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _pipeline = new CrossCheckPipeline(time);
    }

    public async Task<IReadOnlyList<StorySummary>> ListStoriesAsync(string? query, CancellationToken cancellationToken) =>
        (await SnapshotAsync(cancellationToken).ConfigureAwait(false)).List(query);

    public async Task<DossierDocument?> GetStoryAsync(string storyId, CancellationToken cancellationToken) =>
        (await SnapshotAsync(cancellationToken).ConfigureAwait(false)).Story(storyId);

    public async Task<ArticleDetail?> GetArticleAsync(string articleId, CancellationToken cancellationToken) =>
        (await SnapshotAsync(cancellationToken).ConfigureAwait(false)).Article(articleId);

    public async Task<AddSummary> AddAsync(IReadOnlyList<RawDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var (articles, errors) = _pipeline.Extract(documents);
        var sources = articles.ToDictionary(a => a.Source, a => a, StringComparer.Ordinal);
        var addedIds = new List<string>();
        var unchanged = 0;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            foreach (var document in documents)
            {
                if (!sources.TryGetValue(document.Source, out var article))
                {
                    continue;
                }

                var result = await _store.AddAsync(document, article, cancellationToken).ConfigureAwait(false);
                if (result.Outcome == AddOutcome.Unchanged)
                {
                    unchanged++;
                }
                else
                {
                    addedIds.Add(result.DocumentId);
                }
            }

            if (addedIds.Count > 0 || _snapshot is null)
            {
                _snapshot = await RebuildAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }

        return new AddSummary(addedIds.Count, unchanged, addedIds, errors.Select(e => e.ToString()).ToList());
    }

    private async Task<StorySnapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        if (_snapshot is { } ready)
        {
            return ready;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _snapshot ??= await RebuildAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<StorySnapshot> RebuildAsync(CancellationToken cancellationToken)
    {
        var stored = await _store.QueryAsync(ArticleQuery.All, cancellationToken).ConfigureAwait(false);
        var result = _pipeline.Analyse(stored.Select(s => s.Article with { Id = s.DocumentId }).ToList());
        var snapshot = new StorySnapshot(result.Document, result.Articles);
        await _store.AssignStoriesAsync(snapshot.StoryIdByArticle(), cancellationToken).ConfigureAwait(false);
        return snapshot;
    }
}
