using CrossCheck.Intake;
using CrossCheck.Storage;

namespace CrossCheck.Cli.Progress;

/// <summary>For redirected output: each error as one line on stderr as it happens, and a progress line on
/// stderr every <paramref name="every"/> items, so logs stay greppable.</summary>
internal sealed class LogLineDisplay(TextWriter error, int every = 500) : IIngestDisplay
{
    public async Task<IngestSummary> RunAsync(Func<Action<IngestEvent>, Task<IngestSummary>> ingest)
    {
        ArgumentNullException.ThrowIfNull(ingest);
        var tally = new IngestTally();
        return await ingest(ingestEvent =>
        {
            tally.Count(ingestEvent);
            if (ingestEvent.Failed)
            {
                error.WriteLine($"crosscheck: {ingestEvent.Source}: {ingestEvent.Error}");
            }

            if (tally.Items % every == 0)
            {
                error.WriteLine($"crosscheck: {tally.Status()}");
            }
        }).ConfigureAwait(false);
    }
}
