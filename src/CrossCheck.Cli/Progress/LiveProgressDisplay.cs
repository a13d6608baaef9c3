using CrossCheck.Intake;
using CrossCheck.Storage;
using Spectre.Console;

namespace CrossCheck.Cli.Progress;

/// <summary>A Spectre.Console live display (items, rate, errors) for terminals. Error lines are held back
/// and printed on stderr when the display ends, so they do not tear the live region.</summary>
internal sealed class LiveProgressDisplay(IAnsiConsole console, TextWriter error) : IIngestDisplay
{
    public async Task<IngestSummary> RunAsync(Func<Action<IngestEvent>, Task<IngestSummary>> ingest)
    {
        ArgumentNullException.ThrowIfNull(ingest);
        var tally = new IngestTally();
        var errors = new List<string>();
        var summary = await console.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("ingesting").IsIndeterminate();
                var result = await ingest(ingestEvent =>
                {
                    tally.Count(ingestEvent);
                    if (ingestEvent.Failed)
                    {
                        errors.Add($"crosscheck: {ingestEvent.Source}: {ingestEvent.Error}");
                    }

                    task.Description = Markup.Escape("ingesting: " + tally.Status());
                }).ConfigureAwait(false);
                task.StopTask();
                return result;
            }).ConfigureAwait(false);
        foreach (var line in errors)
        {
            error.WriteLine(line);
        }

        return summary;
    }
}
