using CrossCheck.Intake;
using CrossCheck.Storage;

namespace CrossCheck.Cli.Progress;

/// <summary>Shows a running ingest: a live display on a terminal, plain log lines otherwise.</summary>
internal interface IIngestDisplay
{
    /// <summary>Runs the ingest while showing its progress; <paramref name="ingest"/> receives the callback to report each event to.</summary>
    Task<IngestSummary> RunAsync(Func<Action<IngestEvent>, Task<IngestSummary>> ingest);
}
