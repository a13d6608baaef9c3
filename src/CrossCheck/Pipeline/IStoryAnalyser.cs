using CrossCheck.Clustering;
using CrossCheck.Extraction;

namespace CrossCheck.Pipeline;

/// <summary>Cross-checks one story. A seam so tests can count (or fake) the expensive per-story analysis.</summary>
internal interface IStoryAnalyser
{
    AnalysedStory Analyse(Story story, IReadOnlyList<Article> articles);
}

/// <summary>The pipeline's own per-story analysis (claims, quotes, entities, alignment).</summary>
internal sealed class PipelineStoryAnalyser : IStoryAnalyser
{
    public static PipelineStoryAnalyser Instance { get; } = new();

    public AnalysedStory Analyse(Story story, IReadOnlyList<Article> articles) => CrossCheckPipeline.AnalyseStory(story, articles);
}
