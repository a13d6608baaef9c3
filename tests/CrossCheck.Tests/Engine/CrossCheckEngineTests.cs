using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using CrossCheck.Dossiers;
using CrossCheck.Ingest;
using CrossCheck.Pipeline;
using CrossCheck.Tests.Pipeline;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using static CrossCheck.Tests.Catalog.CatalogReports;

namespace CrossCheck.Tests.Engine;

public sealed class CrossCheckEngineTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2031, 4, 3, 12, 0, 0, TimeSpan.Zero));

    private static IReadOnlyList<RawDocument> Reports() =>
    [
        Dam("dam-1", "Harbor Wire", "2031-04-01", "Update."), Dam("dam-2", "Vela Courier", "2031-04-02", "Wait."),
        Ferry("ferry-1", "Coast Post", "2031-04-01", "News."), Ferry("ferry-2", "Island Daily", "2031-04-02", "Halted."),
        Report("blank", "Coast Post", "2031-04-01", "Blank", "   "),
    ];

    private static IReadOnlyList<RawDocument> Samples() =>
        DocumentLoader.Load([TestPaths.InRepo("samples", "corpus")]).Documents;

    /// <summary>The stages by hand, one story after another with no window of stories in flight: what the engine
    /// must give, whatever its parallelism.</summary>
    private (DossierDocument Document, IReadOnlyList<IngestError> Errors, IReadOnlyList<Article> Articles) Sequentially(IReadOnlyList<RawDocument> documents)
    {
        var pipeline = new CrossCheckPipeline(_time);
        var (articles, errors) = pipeline.Extract(documents);
        var stories = pipeline.Group(articles, StoryOrder.Publication);
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var analysed = stories.Select(s => CrossCheckPipeline.AnalyseStory(s, [.. s.ArticleIds.Select(id => byId[id])])).ToList();
        var settled = analysed.SelectMany(a => a.Articles).ToDictionary(a => a.Id, StringComparer.Ordinal);
        var analysedEntries = analysed.SelectMany(a => a.Entries).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var entries = articles.Select(a => analysedEntries[a.Id]).ToList();
        var document = new DossierDocument(DossierDocument.CurrentSchemaVersion, entries, [.. analysed.Select(a => a.Dossier)]);
        return (document, errors, [.. articles.Select(a => settled[a.Id])]);
    }

    [Fact]
    public async Task A_run_gives_the_dossier_of_the_stages_run_one_story_at_a_time_byte_for_byte()
    {
        var documents = Samples();
        var expected = Sequentially(documents);

        var result = await new CrossCheckEngine(new CrossCheckOptions(), _time).RunAsync(documents);

        Assert.Equal(DossierJson.Serialize(expected.Document), DossierJson.Serialize(result.Document));
        Assert.Equal(expected.Errors, result.Errors);
        Assert.Equal(expected.Articles.Select(a => (a.Id, a.Published, a.PublishedFrom)), result.Articles.Select(a => (a.Id, a.Published, a.PublishedFrom)));
        Assert.Equal(result.Document.Stories.Count, result.Dossiers.Count);
        Assert.Equal(result.Stories.Select(s => s.Id), result.Dossiers.Select(d => d.Id));
    }

    [Fact]
    public async Task The_steps_one_by_one_give_what_the_whole_run_gives()
    {
        var engine = new CrossCheckEngine(new CrossCheckOptions(), _time);

        var extracted = await engine.ExtractAsync(Reports());
        var stories = await engine.GroupAsync(extracted.Articles);
        var analysed = await engine.AnalyseAsync(extracted.Articles, stories);
        var whole = await engine.RunAsync(Reports());

        Assert.Equal(4, extracted.Articles.Count);
        Assert.Equal("blank.md", Assert.Single(extracted.Errors).Source);
        Assert.Equal(2, stories.Count);
        Assert.Equal(DossierJson.Serialize(whole.Document), DossierJson.Serialize(analysed.Document));
        Assert.Equal([.. extracted.Errors, .. analysed.Errors], whole.Errors);
    }

    [Fact]
    public async Task Streamed_stories_arrive_in_story_order_with_every_entry_known_first()
    {
        var engine = new CrossCheckEngine(new CrossCheckOptions { ReportsAhead = 1 }, _time);
        var extracted = await engine.ExtractAsync(Reports());
        var stories = await engine.GroupAsync(extracted.Articles);

        var run = engine.Stream(extracted.Articles, stories);
        var ids = new List<string>();
        await foreach (var outcome in run.Stories)
        {
            ids.Add(outcome.Analysis!.Dossier.Id);
        }

        Assert.Equal(4, run.Entries.Count);
        Assert.Equal(stories.Select(s => s.Id), ids);
    }

    [Fact]
    public async Task A_failing_story_becomes_an_error_and_the_others_are_cross_checked()
    {
        var engine = new CrossCheckEngine(new CrossCheckOptions(), _time, logger: null, new FailingStoryAnalyser("spillway"));

        var result = await engine.RunAsync(Reports());

        Assert.Single(result.Dossiers);
        Assert.Equal(2, result.Stories.Count);
        Assert.Equal(2, result.Errors.Count);
    }

    [Fact]
    public async Task A_cancelled_run_stops_with_operation_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var engine = new CrossCheckEngine(new CrossCheckOptions(), _time);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => engine.RunAsync(Reports(), cancellation.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => engine.ExtractAsync(Reports(), cancellation.Token));
    }

    [Fact]
    public async Task Cancelling_while_stories_stream_stops_the_enumeration()
    {
        var engine = new CrossCheckEngine(new CrossCheckOptions { ReportsAhead = 1 }, _time);
        var extracted = await engine.ExtractAsync(Reports());
        var stories = await engine.GroupAsync(extracted.Articles);
        using var cancellation = new CancellationTokenSource();

        var run = engine.Stream(extracted.Articles, stories, cancellation.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in run.Stories)
            {
                await cancellation.CancelAsync();
            }
        });
    }

    [Fact]
    public async Task Each_stage_reports_an_activity_and_the_meter_counts_articles_and_stories()
    {
        var activities = new ConcurrentBag<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == CrossCheckTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity => activities.Add(activity.OperationName),
        };
        ActivitySource.AddActivityListener(listener);
        var measurements = new ConcurrentDictionary<string, long>();
        var stages = new ConcurrentBag<string>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == CrossCheckTelemetry.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((instrument, value, _, _) => measurements.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value));
        meters.SetMeasurementEventCallback<double>((_, _, tags, _) => stages.Add((string)tags[0].Value!));
        meters.Start();

        // Other tests run the pipeline in parallel and report to the same source: count this run's articles only by name.
        await new CrossCheckEngine(new CrossCheckOptions(), _time).RunAsync(Reports());

        Assert.Contains("extract", activities);
        Assert.Contains("cluster", activities);
        Assert.Contains("analyse story", activities);
        Assert.Contains("align", activities);
        Assert.True(measurements.GetValueOrDefault("crosscheck.articles.extracted") >= 4);
        Assert.True(measurements.GetValueOrDefault("crosscheck.documents.rejected") >= 1);
        Assert.True(measurements.GetValueOrDefault("crosscheck.stories.analysed") >= 2);
        Assert.Contains("extract", stages);
        Assert.Contains("align", stages);
    }

    [Fact]
    public async Task The_engine_logs_each_stage_and_the_documents_it_rejects()
    {
        var logger = new ListLogger();

        await new CrossCheckEngine(new CrossCheckOptions(), _time, logger).RunAsync(Reports());

        Assert.Contains("Extracted 4 articles from 5 documents (1 without article text)", logger.Lines);
        Assert.Contains("blank.md: no article text found", logger.Lines);
        Assert.Contains("Grouped 4 articles into 2 stories", logger.Lines);
        Assert.Contains("Cross-checked 2 stories (0 failed)", logger.Lines);
    }

    private sealed class ListLogger : ILogger<CrossCheckEngine>
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Enqueue(formatter(state, exception));
    }
}
