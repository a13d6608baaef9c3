using CrossCheck.Clustering;
using CrossCheck.Extraction;
using CrossCheck.Ingest;
using CrossCheck.Text.Embeddings;

namespace CrossCheck.Pipeline;

/// <summary>The outcome of cross-checking one story: its analysis, or why it failed.</summary>
public sealed record StoryOutcome(AnalysedStory? Analysis, IngestError? Failure);

/// <summary>Runs one story's analysis so that a defect triggered by one story's text costs only that story:
/// the failure becomes a one-line error naming the story and its inputs, and the rest of the batch goes on. A model
/// that cannot be loaded is no story's defect: <see cref="EmbeddingModelException"/> ends the run, reported once.</summary>
internal static class IsolatedStoryAnalysis
{
    /// <summary>How many article sources a failure line names before it says how many more there are.</summary>
    public const int NamedSources = 3;

    public static StoryOutcome Run(IStoryAnalyser analyser, Story story, IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(analyser);
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(articles);
        try
        {
            return new StoryOutcome(analyser.Analyse(story, articles), null);
        }
#pragma warning disable CA1031 // any defect in analysing one story must not take the other stories down with it
        catch (Exception exception) when (exception is not OutOfMemoryException and not OperationCanceledException and not EmbeddingModelException)
#pragma warning restore CA1031
        {
            return new StoryOutcome(null, Describe(story, articles, exception));
        }
    }

    private static IngestError Describe(Story story, IReadOnlyList<Article> articles, Exception exception)
    {
        var named = string.Join(", ", articles.Take(NamedSources).Select(a => a.Source));
        var more = articles.Count > NamedSources ? $" and {articles.Count - NamedSources} more" : "";
        var reason = exception.Message.ReplaceLineEndings(" ");
        return new IngestError(
            $"story {story.Id} ({named}{more})",
            $"could not be cross-checked ({exception.GetType().Name}: {reason}); its articles are listed without a dossier");
    }
}
