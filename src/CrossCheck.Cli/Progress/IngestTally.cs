using System.Diagnostics;
using System.Globalization;
using CrossCheck.Intake;
using CrossCheck.Storage;

namespace CrossCheck.Cli.Progress;

/// <summary>Running counts and rate of an ingest, and the one-line summary printed at the end.</summary>
internal sealed class IngestTally
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public int Items { get; private set; }

    public int Errors { get; private set; }

    public void Count(IngestEvent ingestEvent)
    {
        Items++;
        Errors += ingestEvent.Failed ? 1 : 0;
    }

    public double Rate => Items / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);

    public TimeSpan Elapsed => _clock.Elapsed;

    public string Status() => string.Create(CultureInfo.InvariantCulture, $"{Items} items, {Rate:0.0}/s, {Errors} errors");

    public static string Summary(IngestSummary summary, TimeSpan elapsed) => string.Create(
        CultureInfo.InvariantCulture,
        $"added {summary.Added}, revised {summary.Revised}, unchanged {summary.Unchanged}, failed {summary.Failed} ({summary.Total} items in {elapsed.TotalSeconds:0.0} s)");
}
