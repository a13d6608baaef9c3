using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CrossCheck;

/// <summary>The activity source and meter of the stages (see <see cref="CrossCheckTelemetry"/>). Without a listener
/// an activity is never created and a measurement costs a check; nothing here changes what a stage computes.</summary>
internal static class StageDiagnostics
{
    public static readonly ActivitySource Source = new(CrossCheckTelemetry.ActivitySourceName);

    private static readonly Meter Meter = new(CrossCheckTelemetry.MeterName);

    public static readonly Counter<long> ArticlesExtracted =
        Meter.CreateCounter<long>("crosscheck.articles.extracted", "{article}", "Raw documents turned into articles");

    public static readonly Counter<long> DocumentsRejected =
        Meter.CreateCounter<long>("crosscheck.documents.rejected", "{document}", "Raw documents in which no article text was found");

    public static readonly Counter<long> StoriesAnalysed =
        Meter.CreateCounter<long>("crosscheck.stories.analysed", "{story}", "Stories cross-checked");

    public static readonly Counter<long> StoryFailures =
        Meter.CreateCounter<long>("crosscheck.stories.failed", "{story}", "Stories whose cross-check failed (reported as errors)");

    private static readonly Histogram<double> StageDuration =
        Meter.CreateHistogram<double>("crosscheck.stage.duration", "s", "Time spent in one run of a stage");

    /// <summary>Starts the activity of one stage run and times it (a monotonic interval, not the clock);
    /// disposing ends both.</summary>
    public static StageScope Start(string stage) => new(stage, Source.StartActivity(stage));

    internal readonly struct StageScope(string stage, Activity? activity) : IDisposable
    {
        private readonly long _started = Stopwatch.GetTimestamp();

        public Activity? Activity => activity;

        public void Dispose()
        {
            if (StageDuration.Enabled)
            {
                StageDuration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, new KeyValuePair<string, object?>("stage", stage));
            }

            activity?.Dispose();
        }
    }
}
