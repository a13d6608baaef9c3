using CrossCheck.Extraction;

namespace CrossCheck.Clustering.Features;

/// <summary>Builds the clustering profile of an article. Pure and thread-safe: callers may profile articles in
/// parallel and hand the profiles to the single-threaded <see cref="Online.OnlineStoryClusterer"/>.</summary>
internal static class ArticleProfiler
{
    public static ArticleProfile Build(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return ProfileBuilder.Build(article, 0);
    }

    /// <summary>Also computes the copy-detection sketch (MinHash signature and containment sample) for these
    /// settings, which the clusterer would otherwise compute on its own single thread.</summary>
    public static ArticleProfile Build(Article article, ClusteringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var profile = Build(article);
        profile.CopySketch = NearDuplicates.NearDuplicateIndex.Compute(profile, options);
        return profile;
    }
}
