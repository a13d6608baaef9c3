namespace CrossCheck.Clustering;

/// <summary>A group of articles reporting the same real-world event. <see cref="DerivedFrom"/> maps an
/// article id to the id of the article it rewrites or copies (absent when it is independent).</summary>
public sealed record Story(
    string Id,
    string Title,
    IReadOnlyList<string> ArticleIds,
    IReadOnlyDictionary<string, string> DerivedFrom)
{
    /// <summary>Further reports an article rewrites besides <see cref="DerivedFrom"/> (the rewrite detection found it
    /// qualifies against several, and <see cref="DerivedFrom"/> holds the closest): not part of the chain a dossier
    /// shows, but the article confirms none of them.</summary>
    internal IReadOnlyDictionary<string, IReadOnlyList<string>> AlsoDerivedFrom { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
}
