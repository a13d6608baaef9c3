using CrossCheck.Dossiers;
using CrossCheck.Extraction;
using CrossCheck.Ingest;
using CrossCheck.Intake;
using CrossCheck.Pipeline;
using CrossCheck.Storage;

namespace CrossCheck.Catalog;

/// <summary>A catalog over a durable article store (SQLite or PostgreSQL). Articles are written to the store
/// first (nothing is lost if analysis fails); new articles are then grouped incrementally, in the order they were
/// stored, and only the stories whose membership or content changed are re-analysed: the others keep their cached
/// dossiers. Each add publishes a new immutable <see cref="StorySnapshot"/>, so readers never wait for analysis
/// and never see half an update. Story ids depend only on the stored collection (see <see cref="ArrivalOrderGrouper"/>),
/// so a restart, or <c>crosscheck analyze --db</c>, gives the same ids. The claims' sentence vectors are kept in the
/// store too (<see cref="StoredSentenceEncoder"/>): a story re-analysed after an add embeds only the new sentences,
/// and a restart embeds none.</summary>
internal sealed class StoredStoryCatalog : IStoryCatalog
{
    private readonly IArticleStore _store;
    private readonly ArticleIntake _intake;
    private readonly StoryDossierCache _cache;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, string?> _recordedStory = new(StringComparer.Ordinal);
    private StoredCollection? _collection;
    private StoreCounts? _counts;
    private volatile StorySnapshot? _snapshot;

    public StoredStoryCatalog(IArticleStore store, TimeProvider time, IStoryAnalyser? analyser = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _intake = new ArticleIntake(time);
        _cache = new StoryDossierCache(analyser ?? new PipelineStoryAnalyser(StoredSentenceEncoder.For(store)));
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
        var batch = _intake.TakeAll(documents);
        var taken = batch.Results.Where(r => r.Article is not null).ToList();
        var documentOf = taken.ToDictionary<IntakeResult, Article, RawDocument>(r => r.Article!, r => r.Document, ReferenceEqualityComparer.Instance);
        var addedIds = new List<string>();
        var unchanged = 0;
        var revised = false;
        IReadOnlyList<IngestError> failures = [];
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await LoadOnceAsync(cancellationToken).ConfigureAwait(false);
            // Stored (and so grouped) in publication order within the batch: an original before its copies.
            foreach (var article in PublicationOrder.Of([.. taken.Select(r => r.Article!)]))
            {
                var result = await _store.AddAsync(documentOf[article], article, cancellationToken).ConfigureAwait(false);
                if (result.Outcome == AddOutcome.Unchanged)
                {
                    unchanged++;
                    continue;
                }

                revised |= result.Outcome == AddOutcome.Revised;
                addedIds.Add(result.DocumentId);
            }

            if (addedIds.Count > 0)
            {
                await IncludeAsync(addedIds, revised, cancellationToken).ConfigureAwait(false);
                failures = _cache.Failures;
            }
        }
        finally
        {
            _gate.Release();
        }

        return new AddSummary(addedIds.Count, unchanged, addedIds, [.. batch.Errors.Concat(failures).Select(e => e.ToString())]);
    }

    /// <summary>Groups the newly stored articles into the collection (replaying the whole store when the store
    /// changed behind the catalog's back, an article was revised, or the new ones do not come last) and publishes.</summary>
    private async Task IncludeAsync(IReadOnlyList<string> documentIds, bool revised, CancellationToken cancellationToken)
    {
        var counts = await _store.CountAsync(cancellationToken).ConfigureAwait(false);
        var expected = _counts is { } known ? new StoreCounts(known.Articles + documentIds.Count, known.Revisions + documentIds.Count) : null;
        var appended = false;
        if (!revised && counts == expected)
        {
            var added = new List<StoredArticle>(documentIds.Count);
            foreach (var id in documentIds)
            {
                added.Add((await _store.GetAsync(id, cancellationToken).ConfigureAwait(false))!);
            }

            appended = _collection!.TryAppend(added);
        }

        if (appended)
        {
            _counts = counts;
            await PublishAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await ReloadAsync(cancellationToken).ConfigureAwait(false);
        }
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
            await LoadOnceAsync(cancellationToken).ConfigureAwait(false);
            return _snapshot!;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task LoadOnceAsync(CancellationToken cancellationToken)
    {
        if (_collection is null)
        {
            await ReloadAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ReloadAsync(CancellationToken cancellationToken)
    {
        var counts = await _store.CountAsync(cancellationToken).ConfigureAwait(false);
        var stored = await _store.QueryAsync(ArticleQuery.All, cancellationToken).ConfigureAwait(false);
        foreach (var article in stored)
        {
            _recordedStory.TryAdd(article.DocumentId, article.StoryId);
        }

        _collection = StoredCollection.Load(stored);
        _counts = counts;
        await PublishAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Re-analyses the stories that changed, swaps in the new snapshot and records changed story ids in the store.</summary>
    private async Task PublishAsync(CancellationToken cancellationToken)
    {
        var collection = _collection!;
        var stories = _cache.Resolve(collection.Stories(), collection.Member);
        var snapshot = StorySnapshot.Of(stories, collection.MergedIds());
        _snapshot = snapshot;
        var changed = snapshot.StoryIdByArticle()
            .Where(p => !string.Equals(_recordedStory.GetValueOrDefault(p.Key), p.Value, StringComparison.Ordinal))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        if (changed.Count > 0)
        {
            await _store.AssignStoriesAsync(changed, cancellationToken).ConfigureAwait(false);
            foreach (var (article, story) in changed)
            {
                _recordedStory[article] = story;
            }
        }
    }
}
