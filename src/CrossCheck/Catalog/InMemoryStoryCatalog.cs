using System.Security.Cryptography;
using System.Text;
using CrossCheck.Ingest;
using CrossCheck.Pipeline;

namespace CrossCheck.Catalog;

/// <summary>A catalog that keeps its documents in memory and re-runs the pipeline when documents are added.
/// Re-adding identical content is a no-op. Suits a laptop-sized collection and tests.</summary>
public sealed class InMemoryStoryCatalog(TimeProvider time) : IStoryCatalog
{
    private readonly Lock _gate = new();
    private readonly List<RawDocument> _documents = [];
    private readonly HashSet<string> _contentHashes = new(StringComparer.Ordinal);
    private StorySnapshot _snapshot = StorySnapshot.Empty;

    public Task<IReadOnlyList<StorySummary>> ListStoriesAsync(string? query, CancellationToken cancellationToken) =>
        Task.FromResult(_snapshot.List(query));

    public Task<Dossiers.DossierDocument?> GetStoryAsync(string storyId, CancellationToken cancellationToken) =>
        Task.FromResult(_snapshot.Story(storyId));

    public Task<ArticleDetail?> GetArticleAsync(string articleId, CancellationToken cancellationToken) =>
        Task.FromResult(_snapshot.Article(articleId));

    public Task<AddSummary> AddAsync(IReadOnlyList<RawDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        lock (_gate)
        {
            var added = documents.Where(d => _contentHashes.Add(Hash(d))).ToList();
            if (added.Count == 0)
            {
                return Task.FromResult(new AddSummary(0, documents.Count, [], []));
            }

            _documents.AddRange(added);
            var result = new CrossCheckPipeline(time).Run(_documents);
            _snapshot = new StorySnapshot(result.Document, result.Articles);
            var sources = added.Select(d => d.Source).ToHashSet(StringComparer.Ordinal);
            var addedIds = result.Articles.Where(a => sources.Contains(a.Source)).Select(a => a.Id).ToList();
            return Task.FromResult(new AddSummary(addedIds.Count, documents.Count - added.Count, addedIds, result.Errors.Select(e => e.ToString()).ToList()));
        }
    }

    private static string Hash(RawDocument document) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(document.Format + "\n" + document.Content)));
}
