namespace CrossCheck.Clustering;

/// <summary>A group of articles reporting the same real-world event. <see cref="DerivedFrom"/> maps an
/// article id to the id of the article it rewrites or copies (absent when it is independent).</summary>
public sealed record Story(
    string Id,
    string Title,
    IReadOnlyList<string> ArticleIds,
    IReadOnlyDictionary<string, string> DerivedFrom);
