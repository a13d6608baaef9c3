using CrossCheck.Ingest;

namespace CrossCheck.Evaluation;

/// <summary>What evaluating gold files produced: the report, and the inputs that could not be used.</summary>
internal sealed record GoldRunResult(EvaluationReport Report, IReadOnlyList<IngestError> Errors, int ArticleCount);

/// <summary>Runs the engine once over the union of the inputs named by the gold files, then scores it.
/// One run for all stories, so that stories of the same kind must be told apart.</summary>
internal static class GoldRun
{
    public static async Task<GoldRunResult> RunAsync(IReadOnlyList<GoldFile> goldFiles, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(goldFiles);
        ArgumentNullException.ThrowIfNull(time);
        var inputs = goldFiles.SelectMany(g => g.InputPaths).Distinct(StringComparer.Ordinal).ToList();
        var loaded = DocumentLoader.Load(inputs);
        var engine = new CrossCheckEngine(new CrossCheckOptions(), time);
        var result = await engine.RunAsync(loaded.Documents, cancellationToken).ConfigureAwait(false);
        var report = Evaluator.Evaluate(goldFiles.Select(g => g.Gold).ToList(), result.Document);
        return new GoldRunResult(report, [.. loaded.Errors, .. result.Errors], result.Document.Articles.Count);
    }
}
