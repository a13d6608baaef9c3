using CrossCheck.Dossiers;
using CrossCheck.Extraction;

namespace CrossCheck.Catalog;

/// <summary>One analysed state of a collection: the dossier document and the articles behind it.
/// Immutable, so readers never see a half-updated collection.</summary>
public sealed class StorySnapshot
{
    private readonly Dictionary<string, Article> _articles;
    private readonly Dictionary<string, StoryDossier> _storyByArticle;

    public StorySnapshot(DossierDocument document, IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(articles);
        Document = document;
        _articles = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _storyByArticle = document.Stories
            .SelectMany(s => s.ArticleIds.Select(id => (id, s)))
            .ToDictionary(p => p.id, p => p.s, StringComparer.Ordinal);
    }

    public static StorySnapshot Empty { get; } = new(new DossierDocument(DossierDocument.CurrentSchemaVersion, [], []), []);

    public DossierDocument Document { get; }

    public IReadOnlyList<StorySummary> List(string? query) =>
        Document.Stories
            .Where(s => StorySearch.Matches(Document, s, query))
            .Select(s => StorySearch.Summarize(Document, s))
            .OrderByDescending(s => s.LatestPublished, StringComparer.Ordinal)
            .ThenBy(s => s.Title, StringComparer.Ordinal)
            .ToList();

    public DossierDocument? Story(string storyId)
    {
        var story = Document.Stories.FirstOrDefault(s => s.Id == storyId);
        if (story is null)
        {
            return null;
        }

        var ids = story.ArticleIds.ToHashSet(StringComparer.Ordinal);
        return Document with { Articles = Document.Articles.Where(a => ids.Contains(a.Id)).ToList(), Stories = [story] };
    }

    public ArticleDetail? Article(string articleId)
    {
        var entry = Document.Articles.FirstOrDefault(a => a.Id == articleId);
        if (entry is null || !_articles.TryGetValue(articleId, out var article))
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
