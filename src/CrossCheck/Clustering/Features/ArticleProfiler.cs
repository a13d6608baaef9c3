using CrossCheck.Extraction;

namespace CrossCheck.Clustering.Features;

/// <summary>Builds the clustering profile of an article. Pure and thread-safe: callers may profile articles in
/// parallel and hand the profiles to the single-threaded <see cref="Online.OnlineStoryClusterer"/>.</summary>
public static class ArticleProfiler
{
    public static ArticleProfile Build(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return ProfileBuilder.Build(article, 0);
    }
}
