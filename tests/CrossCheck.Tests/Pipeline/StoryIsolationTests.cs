using CrossCheck.Catalog;
using CrossCheck.Pipeline;
using Microsoft.Extensions.Time.Testing;
using static CrossCheck.Tests.Catalog.CatalogReports;

namespace CrossCheck.Tests.Pipeline;

public sealed class StoryIsolationTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2031, 4, 3, 12, 0, 0, TimeSpan.Zero));

    private CrossCheckEngine Engine(IStoryAnalyser analyser) => new(new CrossCheckOptions(), _time, null, analyser);

    [Fact]
    public async Task A_story_whose_analysis_fails_is_reported_in_one_line_and_the_other_stories_are_still_cross_checked()
    {
        var engine = Engine(new FailingStoryAnalyser("spillway"));

        var result = await engine.RunAsync(
            [Dam("dam-1", "Harbor Wire", "2031-04-01", "Update."), Dam("dam-2", "Vela Courier", "2031-04-02", "Wait."),
             Ferry("ferry-1", "Coast Post", "2031-04-01", "News."), Ferry("ferry-2", "Island Daily", "2031-04-02", "Halted.")]);

        var story = Assert.Single(result.Document.Stories);
        Assert.Equal(["ferry-1", "ferry-2"], story.ArticleIds.Order(StringComparer.Ordinal));
        Assert.NotEmpty(story.Claims);
        Assert.Equal(4, result.Document.Articles.Count);
        var error = Assert.Single(result.Errors).ToString();
        Assert.StartsWith("story ", error, StringComparison.Ordinal);
        Assert.Contains("dam-1.md", error, StringComparison.Ordinal);
        Assert.Contains("dam-2.md", error, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException: Sequence contains no elements at line two", error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error);
    }

    [Fact]
    public async Task Extraction_errors_and_story_failures_are_both_reported()
    {
        var engine = Engine(new FailingStoryAnalyser("spillway"));
        var empty = Report("blank", "Coast Post", "2031-04-01", "Blank", "   ");

        var result = await engine.RunAsync([Dam("dam-1", "Harbor Wire", "2031-04-01", "Update."), empty, Ferry("ferry-1", "Coast Post", "2031-04-01", "News.")]);

        Assert.Equal(2, result.Errors.Count);
        Assert.Contains(result.Errors, e => e.Source == "blank.md");
        Assert.Contains(result.Errors, e => e.Source.Contains("dam-1.md", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failure_names_a_few_sources_and_counts_the_rest()
    {
        var documents = Enumerable.Range(1, 5).Select(i => Dam($"dam-{i}", $"Outlet {i}", "2031-04-01", $"Lead {i}.")).ToList();

        var result = await Engine(new FailingStoryAnalyser("spillway")).RunAsync(documents);

        var error = Assert.Single(result.Errors).ToString();
        Assert.Contains("and 2 more", error, StringComparison.Ordinal);
        Assert.Empty(result.Document.Stories);
    }

    [Fact]
    public async Task The_catalog_reports_a_failing_story_keeps_the_others_and_retries_it_on_the_next_add()
    {
        var analyser = new FailingStoryAnalyser("spillway");
        var catalog = new InMemoryStoryCatalog(_time, analyser);

        var summary = await catalog.AddAsync([Dam("dam-1", "Harbor Wire", "2031-04-01", "Update."), Ferry("ferry-1", "Coast Post", "2031-04-01", "News.")], CancellationToken.None);

        Assert.Equal(2, summary.Added);
        Assert.Contains(summary.Errors, e => e.Contains("dam-1.md", StringComparison.Ordinal) && e.Contains("could not be cross-checked", StringComparison.Ordinal));
        Assert.Single(await catalog.ListStoriesAsync(null, CancellationToken.None));

        analyser.Failing = false;
        var next = await catalog.AddAsync([Dam("dam-2", "Vela Courier", "2031-04-02", "Wait.")], CancellationToken.None);

        Assert.Empty(next.Errors);
        var stories = await catalog.ListStoriesAsync(null, CancellationToken.None);
        Assert.Equal(2, stories.Count);
        Assert.Contains(stories, s => s.ArticleCount == 2 && s.Title.Contains("Lentmoor", StringComparison.Ordinal));
    }
}
