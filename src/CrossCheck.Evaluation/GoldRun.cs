using CrossCheck.Ingest;
using CrossCheck.Pipeline;

namespace CrossCheck.Evaluation;

/// <summary>What evaluating gold files produced: the report, and the inputs that could not be used.</summary>
public sealed record GoldRunResult(EvaluationReport Report, IReadOnlyList<IngestError> Errors, int ArticleCount);

/// <summary>Runs the pipeline once over the union of the inputs named by the gold files, then scores it.
/// One run for all stories, so that stories of the same kind must be told apart.</summary>
public static class GoldRun
{
    public static GoldRunResult Run(IReadOnlyList<GoldFile> goldFiles, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(goldFiles);
        ArgumentNullException.ThrowIfNull(time);
        var inputs = goldFiles.SelectMany(g => g.InputPaths).Distinct(StringComparer.Ordinal).ToList();
        var loaded = DocumentLoader.Load(inputs);
        var result = new CrossCheckPipeline(time).Run(loaded.Documents);
        var report = Evaluator.Evaluate(goldFiles.Select(g => g.Gold).ToList(), result.Document);
        return new GoldRunResult(report, [.. loaded.Errors, .. result.Errors], result.Document.Articles.Count);
    }
}
