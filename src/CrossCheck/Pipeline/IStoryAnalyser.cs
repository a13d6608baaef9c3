using CrossCheck.Clustering;
using CrossCheck.Extraction;
using CrossCheck.Text.Embeddings;

namespace CrossCheck.Pipeline;

/// <summary>Cross-checks one story. A seam so tests can count (or fake) the expensive per-story analysis.</summary>
internal interface IStoryAnalyser
{
    AnalysedStory Analyse(Story story, IReadOnlyList<Article> articles);
}

/// <summary>The pipeline's own per-story analysis (claims, quotes, entities, alignment), with the claims' vectors from
/// <paramref name="encoder"/> (a store's, or by default the process's shared one).</summary>
internal sealed class PipelineStoryAnalyser(ISentenceEncoder encoder) : IStoryAnalyser
{
    public static PipelineStoryAnalyser Instance { get; } = new(CachedSentenceEncoder.Shared);

    public AnalysedStory Analyse(Story story, IReadOnlyList<Article> articles) => CrossCheckPipeline.AnalyseStory(story, articles, encoder);
}
