using System.Security.Cryptography;
using System.Text;
using CrossCheck.Dossiers;
using CrossCheck.Extraction;
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
    private Snapshot _snapshot = Snapshot.Empty;

    public Task<IReadOnlyList<StorySummary>> ListStoriesAsync(string? query, CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        IReadOnlyList<StorySummary> list = snapshot.Document.Stories
            .Where(s => StorySearch.Matches(snapshot.Document, s, query))
            .Select(s => StorySearch.Summarize(snapshot.Document, s))
            .OrderByDescending(s => s.LatestPublished, StringComparer.Ordinal)
            .ThenBy(s => s.Title, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(list);
    }

    public Task<DossierDocument?> GetStoryAsync(string storyId, CancellationToken cancellationToken)
    {
        var document = _snapshot.Document;
        var story = document.Stories.FirstOrDefault(s => s.Id == storyId);
        if (story is null)
        {
            return Task.FromResult<DossierDocument?>(null);
        }

        var articles = document.Articles.Where(a => story.ArticleIds.Contains(a.Id)).ToList();
        return Task.FromResult<DossierDocument?>(document with { Articles = articles, Stories = [story] });
    }

    public Task<ArticleDetail?> GetArticleAsync(string articleId, CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        var entry = snapshot.Document.Articles.FirstOrDefault(a => a.Id == articleId);
        if (entry is null || !snapshot.Articles.TryGetValue(articleId, out var article))
        {
            return Task.FromResult<ArticleDetail?>(null);
        }

        var story = snapshot.Document.Stories.FirstOrDefault(s => s.ArticleIds.Contains(articleId));
        var claims = story?.Claims.Where(c => c.ArticleId == articleId).OrderBy(c => c.Start).ToList() ?? [];
        return Task.FromResult<ArticleDetail?>(new ArticleDetail(entry, article.Text, story?.Id, claims));
    }

    public Task<AddSummary> AddAsync(IReadOnlyList<RawDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        lock (_gate)
        {
            var added = new List<RawDocument>();
            foreach (var document in documents)
            {
                if (_contentHashes.Add(Hash(document)))
                {
                    added.Add(document);
                }
            }

            if (added.Count == 0)
            {
                return Task.FromResult(new AddSummary(0, documents.Count, [], []));
            }

            _documents.AddRange(added);
            var result = new CrossCheckPipeline(time).Run(_documents);
            _snapshot = new Snapshot(result.Document, result.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal));
            var failed = result.Errors.Select(e => e.ToString()).ToList();
            var addedIds = result.Articles.Where(a => added.Any(d => d.Source == a.Source)).Select(a => a.Id).ToList();
            return Task.FromResult(new AddSummary(addedIds.Count, documents.Count - added.Count, addedIds, failed));
        }
    }

    private static string Hash(RawDocument document) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(document.Format + "\n" + document.Content)));

    private sealed record Snapshot(DossierDocument Document, IReadOnlyDictionary<string, Article> Articles)
    {
        public static Snapshot Empty { get; } = new(new DossierDocument(DossierDocument.CurrentSchemaVersion, [], []), new Dictionary<string, Article>());
    }
}
