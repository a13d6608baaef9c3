using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CrossCheck.Dossiers;
using CrossCheck.Extraction;
using CrossCheck.Ingest;
using CrossCheck.Pipeline;

namespace CrossCheck.Catalog;

/// <summary>A catalog that keeps its documents in memory. Added articles are grouped incrementally (in publication
/// order within a batch, batches in arrival order) and only the stories they change are re-analysed. Re-adding
/// identical content is a no-op. Suits a laptop-sized collection and tests.</summary>
internal sealed class InMemoryStoryCatalog(TimeProvider time, IStoryAnalyser? analyser = null) : IStoryCatalog
{
    private readonly Lock _gate = new();
    private readonly CrossCheckPipeline _pipeline = new(time);
    private readonly HashSet<string> _contentHashes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Article> _articles = new(StringComparer.Ordinal);
    private readonly ArrivalOrderGrouper _grouper = new();
    private readonly StoryDossierCache _cache = new(analyser ?? PipelineStoryAnalyser.Instance);
    private volatile StorySnapshot _snapshot = StorySnapshot.Empty;

    public Task<IReadOnlyList<StorySummary>> ListStoriesAsync(string? query, CancellationToken cancellationToken) =>
        Task.FromResult(_snapshot.List(query));

    public Task<DossierDocument?> GetStoryAsync(string storyId, CancellationToken cancellationToken) =>
        Task.FromResult(_snapshot.Story(storyId));

    public Task<ArticleDetail?> GetArticleAsync(string articleId, CancellationToken cancellationToken) =>
        Task.FromResult(_snapshot.Article(articleId));

    public Task<AddSummary> AddAsync(IReadOnlyList<RawDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        lock (_gate)
        {
            var fresh = documents.Where(d => _contentHashes.Add(Hash(d))).ToList();
            if (fresh.Count == 0)
            {
                return Task.FromResult(new AddSummary(0, documents.Count, [], []));
            }

            var (articles, errors) = _pipeline.Extract(fresh);
            var addedIds = new List<string>(articles.Count);
            foreach (var extracted in PublicationOrder.Of(articles))
            {
                var article = extracted with { Id = UniqueId(extracted.Id) };
                _articles[article.Id] = article;
                _grouper.Add(article);
                addedIds.Add(article.Id);
            }

            var stories = _cache.Resolve(_grouper.Stories(), id => (_articles[id], string.Empty));
            _snapshot = StorySnapshot.Of(stories, _grouper.MergedIds());
            return Task.FromResult(new AddSummary(addedIds.Count, documents.Count - fresh.Count, addedIds, [.. errors.Concat(_cache.Failures).Select(e => e.ToString())]));
        }
    }

    private string UniqueId(string id)
    {
        var candidate = id;
        for (var n = 2; _articles.ContainsKey(candidate); n++)
        {
            candidate = $"{id}-{n.ToString(CultureInfo.InvariantCulture)}";
        }

        return candidate;
    }

    private static string Hash(RawDocument document) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(document.Format + "\n" + document.Content)));
}
