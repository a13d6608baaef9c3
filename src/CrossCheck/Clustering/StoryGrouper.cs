using CrossCheck.Extraction;

namespace CrossCheck.Clustering;

/// <summary>Groups articles into stories. PLACEHOLDER: one story holding every article; the Clustering stage replaces it.</summary>
public static class StoryGrouper
{
    public static IReadOnlyList<Story> Group(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            return [];
        }

        return [new Story("s1", articles[0].Title, articles.Select(a => a.Id).ToList(), new Dictionary<string, string>())];
    }
}
