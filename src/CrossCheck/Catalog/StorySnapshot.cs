using System.Collections.Concurrent;
using CrossCheck.Dossiers;
using CrossCheck.Extraction;

namespace CrossCheck.Catalog;

/// <summary>One analysed state of a collection: the dossier document and the articles behind it.
/// Immutable, so readers never see a half-updated collection; lookups by id are indexed.</summary>
public sealed class StorySnapshot
{
    private readonly Dictionary<string, Article> _articles;
    private readonly Dictionary<string, ArticleEntry> _entries;
    private readonly Dictionary<string, StoryDossier> _stories;
    private readonly Dictionary<string, StoryDossier> _storyByArticle;
    private readonly IReadOnlyDictionary<string, string> _mergedIds;
    private readonly ConcurrentDictionary<string, DossierDocument> _storyDocuments = new(StringComparer.Ordinal);

    /// <param name="document">The dossier document of the collection.</param>
    /// <param name="articles">The articles of the collection.</param>
    /// <param name="mergedIds">Ids of stories merged into another, mapped to the id of that story.</param>
    public StorySnapshot(DossierDocument document, IEnumerable<Article> articles, IReadOnlyDictionary<string, string>? mergedIds = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(articles);
        Document = document;
        _articles = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _entries = document.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _stories = document.Stories.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _storyByArticle = document.Stories
            .SelectMany(s => s.ArticleIds.Select(id => (id, s)))
            .ToDictionary(p => p.id, p => p.s, StringComparer.Ordinal);
        _mergedIds = mergedIds ?? new Dictionary<string, string>(StringComparer.Ordinal);
    }

    public static StorySnapshot Empty { get; } = new(new DossierDocument(DossierDocument.CurrentSchemaVersion, [], []), []);

    /// <summary>A snapshot of analysed stories, articles listed story by story.</summary>
    public static StorySnapshot Of(IReadOnlyList<CachedStory> stories, IReadOnlyDictionary<string, string>? mergedIds = null)
    {
        ArgumentNullException.ThrowIfNull(stories);
        var document = new DossierDocument(
            DossierDocument.CurrentSchemaVersion,
            [.. stories.SelectMany(s => s.Entries)],
            [.. stories.Select(s => s.Dossier)]);
        return new StorySnapshot(document, stories.SelectMany(s => s.Analysis.Articles), mergedIds);
    }

    public DossierDocument Document { get; }

    public IReadOnlyList<StorySummary> List(string? query) =>
        Document.Stories
            .Where(s => StorySearch.Matches(Document, s, query))
            .Select(s => StorySearch.Summarize(Document, s))
            .OrderByDescending(s => s.LatestPublished, StringComparer.Ordinal)
            .ThenBy(s => s.Title, StringComparer.Ordinal)
            .ToList();

    /// <summary>A document holding one story and its articles; a merged story's old id gives the story it joined.</summary>
    public DossierDocument? Story(string storyId)
    {
        ArgumentNullException.ThrowIfNull(storyId);
        var story = _stories.GetValueOrDefault(storyId)
            ?? (_mergedIds.TryGetValue(storyId, out var current) ? _stories.GetValueOrDefault(current) : null);
        return story is null
            ? null
            : _storyDocuments.GetOrAdd(story.Id, _ => Document with { Articles = [.. story.ArticleIds.Select(id => _entries[id])], Stories = [story] });
    }

    public ArticleDetail? Article(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        if (!_entries.TryGetValue(articleId, out var entry) || !_articles.TryGetValue(articleId, out var article))
        {
            return null;
        }

        var story = _storyByArticle.GetValueOrDefault(articleId);
        var claims = story?.Claims.Where(c => c.ArticleId == articleId).OrderBy(c => c.Start).ToList() ?? [];
        return new ArticleDetail(entry, article.Text, story?.Id, claims);
    }

    /// <summary>Which story each article belongs to, for stores that remember it.</summary>
    public IReadOnlyDictionary<string, string> StoryIdByArticle() =>
        _storyByArticle.ToDictionary(p => p.Key, p => p.Value.Id, StringComparer.Ordinal);
}
