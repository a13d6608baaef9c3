using CrossCheck.Clustering;
using CrossCheck.Extraction;
using CrossCheck.Pipeline;

namespace CrossCheck.Tests.Pipeline;

/// <summary>Analyses stories as the pipeline does, except that it throws for any story holding an article whose
/// text contains <paramref name="trigger"/> (standing in for a defect that one story's text sets off).</summary>
internal sealed class FailingStoryAnalyser(string trigger) : IStoryAnalyser
{
    public bool Failing { get; set; } = true;

    public AnalysedStory Analyse(Story story, IReadOnlyList<Article> articles)
    {
        if (Failing && articles.Any(a => a.Text.Contains(trigger, StringComparison.Ordinal)))
        {
            throw new InvalidOperationException("Sequence contains no elements\nat line two");
        }

        return PipelineStoryAnalyser.Instance.Analyse(story, articles);
    }
}
