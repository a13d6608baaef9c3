using CrossCheck.Clustering.Features;

namespace CrossCheck.Clustering.Online;

/// <summary>How alike an article and a story (or two stories) are, on a scale where the clusterer's
/// <see cref="ClusteringOptions.JoinThreshold"/> applies. The default is <see cref="LexicalSimilarity"/>; an
/// embedding model can be added by filling <see cref="ArticleProfile.Embedding"/> and plugging in
/// <see cref="EmbeddingSimilarity"/> or a <see cref="BlendedSimilarity"/> of both, without changing callers
/// (recalibrate the thresholds with the bench tool when the scale changes).</summary>
internal interface IArticleSimilarity
{
    double Score(ArticleProfile article, StoryProfile story, DocumentFrequencies frequencies);

    double Score(StoryProfile first, StoryProfile second, DocumentFrequencies frequencies);
}
