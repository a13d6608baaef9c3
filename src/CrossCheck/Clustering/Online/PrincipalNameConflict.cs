using CrossCheck.Clustering.Features;

namespace CrossCheck.Clustering.Online;

/// <summary>Two events of one kind often differ mainly in who they happened to: two players of one team
/// arrested for drunk driving, two running backs placed on injured reserve. Their reports share the team, the
/// city and most words, and differ in the name they keep repeating. An article and a story conflict when the
/// article's principal name is nowhere in the story and the story's principal name is nowhere in the article.</summary>
internal static class PrincipalNameConflict
{
    public static bool Between(ArticleProfile article, StoryProfile story)
    {
        if (article.PrincipalName is not { } name || Principal(story) is not { } theirs)
        {
            return false;
        }

        return !story.Entities.ContainsKey(name) && !article.Entities.ContainsKey(theirs);
    }

    public static bool Between(StoryProfile first, StoryProfile second)
    {
        if (Principal(first) is not { } a || Principal(second) is not { } b)
        {
            return false;
        }

        return !second.Entities.ContainsKey(a) && !first.Entities.ContainsKey(b);
    }

    /// <summary>The principal name most members share, if any.</summary>
    private static ulong? Principal(StoryProfile story)
    {
        ulong? best = null;
        var most = 0;
        foreach (var (name, count) in story.PrincipalNames)
        {
            if (count > most)
            {
                (best, most) = (name, count);
            }
        }

        return best;
    }
}
