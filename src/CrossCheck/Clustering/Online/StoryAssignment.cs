namespace CrossCheck.Clustering.Online;

/// <summary>Why an article went where it did.</summary>
internal enum AssignmentKind
{
    /// <summary>Nothing active was similar enough: the article opened a story.</summary>
    NewStory,

    /// <summary>Joined the most similar active story.</summary>
    Joined,

    /// <summary>An exact copy of an earlier article: joined its story without adding evidence.</summary>
    Copy,

    /// <summary>A near copy, or a text inside or around an earlier one: joined its story.</summary>
    Rewrite,

    /// <summary>Too few words to compare (empty, one word, only function words): a story of its own.</summary>
    TooShort,
}

/// <summary>Where one article was placed. <see cref="StoryId"/> is the id at the time; a later merge may fold
/// the story into another (see <see cref="OnlineStoryClusterer.CurrentStoryId"/>).</summary>
internal sealed record StoryAssignment(string ArticleId, string StoryId, AssignmentKind Kind, double Score, string? DerivedFrom);
