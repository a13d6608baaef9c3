using CrossCheck.Clustering.Features;

namespace CrossCheck.Clustering.Online;

/// <summary>Cosine between an article's embedding and the sum of its story's embeddings (0 when either has
/// none). No model ships with CrossCheck: a caller that has one fills <see cref="ArticleProfile.Embedding"/>.</summary>
internal sealed class EmbeddingSimilarity : IArticleSimilarity
{
    public double Score(ArticleProfile article, StoryProfile story, DocumentFrequencies frequencies)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(story);
        return Cosine(article.Embedding, story.Embedding);
    }

    public double Score(StoryProfile first, StoryProfile second, DocumentFrequencies frequencies)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return Cosine(first.Embedding, second.Embedding);
    }

    private static double Cosine(IReadOnlyList<float>? a, IReadOnlyList<float>? b)
    {
        if (a is null || b is null || a.Count != b.Count)
        {
            return 0;
        }

        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Count; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return na <= 0 || nb <= 0 ? 0 : dot / Math.Sqrt(na * nb);
    }
}

/// <summary>A weighted blend of similarities, e.g. lexical and embedding.</summary>
internal sealed class BlendedSimilarity(IReadOnlyList<(IArticleSimilarity Similarity, double Weight)> parts) : IArticleSimilarity
{
    public double Score(ArticleProfile article, StoryProfile story, DocumentFrequencies frequencies) =>
        parts.Sum(p => p.Weight * p.Similarity.Score(article, story, frequencies)) / parts.Sum(p => p.Weight);

    public double Score(StoryProfile first, StoryProfile second, DocumentFrequencies frequencies) =>
        parts.Sum(p => p.Weight * p.Similarity.Score(first, second, frequencies)) / parts.Sum(p => p.Weight);
}
