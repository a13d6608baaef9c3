using System.Collections.Concurrent;
using CrossCheck.Catalog;
using CrossCheck.Clustering;
using CrossCheck.Extraction;
using CrossCheck.Pipeline;
using CrossCheck.Storage.Sqlite;
using CrossCheck.Tests.Ingest;
using Microsoft.Extensions.Time.Testing;
using static CrossCheck.Tests.Catalog.CatalogReports;

namespace CrossCheck.Tests.Catalog;

public sealed class IncrementalCatalogTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2031, 4, 3, 12, 0, 0, TimeSpan.Zero));

    private string DbPath => Path.Combine(_dir.Path, "catalog.db");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Adding_to_one_story_re_analyses_only_that_story()
    {
        var analyser = new CountingAnalyser();
        await using var store = await SqliteArticleStore.OpenAsync(DbPath, _time);
        var catalog = new StoredStoryCatalog(store, _time, analyser);
        await catalog.AddAsync(
            [Dam("dam-1", "Harbor Wire", "2031-04-01", "Water board update."), Ferry("ferry-1", "Coast Post", "2031-04-01", "Strike news."),
             Ferry("ferry-2", "Island Daily", "2031-04-02", "Crossings halted.")],
            CancellationToken.None);
        var before = await catalog.ListStoriesAsync(null, CancellationToken.None);
        var ferryBefore = await catalog.GetStoryAsync(StoryOf(before, "Varnholt"), CancellationToken.None);
        Assert.Equal(2, before.Count);
        Assert.Equal(2, analyser.Count);

        _time.Advance(TimeSpan.FromMinutes(5));
        var summary = await catalog.AddAsync([Dam("dam-2", "Vela Courier", "2031-04-02", "Residents wait.")], CancellationToken.None);

        var after = await catalog.ListStoriesAsync(null, CancellationToken.None);
        var damId = StoryOf(after, "Lentmoor");
        Assert.Equal(1, summary.Added);
        Assert.Equal([damId], analyser.StoriesAnalysedSince(2));
        Assert.Equal(2, after.Single(s => s.Id == damId).ArticleCount);
        Assert.Same(ferryBefore!.Stories[0], (await catalog.GetStoryAsync(StoryOf(after, "Varnholt"), CancellationToken.None))!.Stories[0]);
    }

    [Fact]
    public async Task The_in_memory_catalog_also_re_analyses_only_the_story_it_adds_to()
    {
        var analyser = new CountingAnalyser();
        var catalog = new InMemoryStoryCatalog(_time, analyser);
        await catalog.AddAsync([Dam("dam-1", "Harbor Wire", "2031-04-01", "Update."), Ferry("ferry-1", "Coast Post", "2031-04-01", "News.")], CancellationToken.None);

        var summary = await catalog.AddAsync([Ferry("ferry-1", "Island Daily", "2031-04-02", "Halted.")], CancellationToken.None);

        var stories = await catalog.ListStoriesAsync(null, CancellationToken.None);
        var ferry = StoryOf(stories, "Varnholt");
        Assert.Equal(["ferry-1-2"], summary.ArticleIds);
        Assert.Equal([ferry], analyser.StoriesAnalysedSince(2));
        Assert.Equal(2, stories.Single(s => s.Id == ferry).ArticleCount);
    }

    [Fact]
    public async Task An_article_added_at_the_same_instant_that_sorts_first_still_re_analyses_only_its_story()
    {
        var analyser = new CountingAnalyser();
        await using var store = await SqliteArticleStore.OpenAsync(DbPath, _time);
        var catalog = new StoredStoryCatalog(store, _time, analyser);
        await catalog.AddAsync([Dam("m-dam", "Harbor Wire", "2031-04-01", "Update."), Ferry("m-ferry", "Coast Post", "2031-04-01", "News.")], CancellationToken.None);

        await catalog.AddAsync([Ferry("a-ferry", "Island Daily", "2031-04-02", "Halted.")], CancellationToken.None);

        var stories = await catalog.ListStoriesAsync(null, CancellationToken.None);
        Assert.Equal([StoryOf(stories, "Varnholt")], analyser.StoriesAnalysedSince(2));
    }

    [Fact]
    public async Task Story_ids_survive_a_reopen_and_do_not_change_when_an_earlier_report_arrives_late()
    {
        IReadOnlyList<StorySummary> first;
        await using (var store = await SqliteArticleStore.OpenAsync(DbPath, _time))
        {
            var catalog = new StoredStoryCatalog(store, _time);
            await catalog.AddAsync([Dam("dam-b", "Vela Courier", "2031-04-02", "Residents wait."), Ferry("ferry-1", "Coast Post", "2031-04-01", "News.")], CancellationToken.None);
            var original = StoryOf(await catalog.ListStoriesAsync(null, CancellationToken.None), "Lentmoor");
            _time.Advance(TimeSpan.FromMinutes(1));
            // Published a day earlier than the report that opened the story, stored later.
            await catalog.AddAsync([Dam("dam-a", "Harbor Wire", "2031-04-01", "Water board update.")], CancellationToken.None);
            first = await catalog.ListStoriesAsync(null, CancellationToken.None);
            Assert.Equal(original, StoryOf(first, "Lentmoor"));
            Assert.Equal(2, first.Single(s => s.Id == original).ArticleCount);
        }

        await using var reopened = await SqliteArticleStore.OpenAsync(DbPath, _time);
        var again = await new StoredStoryCatalog(reopened, _time).ListStoriesAsync(null, CancellationToken.None);

        Assert.Equal(first.Select(s => (s.Id, s.ArticleCount)).Order(), again.Select(s => (s.Id, s.ArticleCount)).Order());
        Assert.Equal(StoryOf(first, "Lentmoor"), (await reopened.GetAsync("dam-a"))!.StoryId);
        Assert.Equal(StoryOf(first, "Varnholt"), (await reopened.GetAsync("ferry-1"))!.StoryId);
    }

    [Fact]
    public async Task A_revised_report_re_analyses_its_story_only()
    {
        var analyser = new CountingAnalyser();
        await using var store = await SqliteArticleStore.OpenAsync(DbPath, _time);
        var catalog = new StoredStoryCatalog(store, _time, analyser);
        await catalog.AddAsync([Dam("dam-1", "Harbor Wire", "2031-04-01", "Update."), Ferry("ferry-1", "Coast Post", "2031-04-01", "News.")], CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(1));
        var summary = await catalog.AddAsync([Dam("dam-1", "Harbor Wire", "2031-04-01", "Corrected update.")], CancellationToken.None);

        var stories = await catalog.ListStoriesAsync(null, CancellationToken.None);
        Assert.Equal(1, summary.Added);
        Assert.Equal([StoryOf(stories, "Lentmoor")], analyser.StoriesAnalysedSince(2));
        Assert.StartsWith("Corrected update.", (await catalog.GetArticleAsync("dam-1", CancellationToken.None))!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_during_an_add_see_the_previous_snapshot_whole_and_never_wait_for_analysis()
    {
        var analyser = new CountingAnalyser();
        await using var store = await SqliteArticleStore.OpenAsync(DbPath, _time);
        var catalog = new StoredStoryCatalog(store, _time, analyser);
        await catalog.AddAsync([Dam("dam-1", "Harbor Wire", "2031-04-01", "Update."), Ferry("ferry-1", "Coast Post", "2031-04-01", "News.")], CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));

        analyser.Hold();
        // SQLite completes synchronously, so the add runs on its own thread until analysis blocks it.
        var adding = Task.Run(() => catalog.AddAsync([Dam("dam-2", "Vela Courier", "2031-04-02", "Wait."), Ferry("ferry-2", "Island Daily", "2031-04-02", "Halted.")], CancellationToken.None));
        Assert.True(analyser.WaitUntilHeld(TimeSpan.FromSeconds(30)), "the add never reached analysis");

        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() => ReadConsistentlyAsync(catalog, expectedArticles: 1))).ToList();
        await Task.WhenAll(readers).WaitAsync(TimeSpan.FromSeconds(30)); // a TimeoutException means reads waited for the add
        Assert.False(adding.IsCompleted);

        analyser.Release();
        await adding.WaitAsync(TimeSpan.FromSeconds(120));
        await ReadConsistentlyAsync(catalog, expectedArticles: 2);
    }

    private static async Task ReadConsistentlyAsync(StoredStoryCatalog catalog, int expectedArticles)
    {
        for (var round = 0; round < 20; round++)
        {
            var stories = await catalog.ListStoriesAsync(null, CancellationToken.None);
            Assert.Equal(2, stories.Count);
            foreach (var summary in stories)
            {
                var dossier = (await catalog.GetStoryAsync(summary.Id, CancellationToken.None))!;
                Assert.Equal(expectedArticles, dossier.Stories[0].ArticleIds.Count);
                Assert.Equal(dossier.Stories[0].ArticleIds.Order(), dossier.Articles.Select(a => a.Id).Order());
            }
        }
    }

    private static string StoryOf(IReadOnlyList<StorySummary> stories, string titleWord) =>
        Assert.Single(stories, s => s.Title.Contains(titleWord, StringComparison.Ordinal)).Id;

    /// <summary>Counts (and can hold) the per-story analyses the catalog runs.</summary>
    private sealed class CountingAnalyser : IStoryAnalyser
    {
        private readonly ConcurrentQueue<string> _analysed = new();
        private readonly ManualResetEventSlim _released = new(true);
        private readonly ManualResetEventSlim _held = new(false);

        public int Count => _analysed.Count;

        public IReadOnlyList<string> StoriesAnalysedSince(int count) => [.. _analysed.Skip(count).Order(StringComparer.Ordinal)];

        public void Hold() => _released.Reset();

        public void Release() => _released.Set();

        public bool WaitUntilHeld(TimeSpan timeout) => _held.Wait(timeout);

        public AnalysedStory Analyse(Story story, IReadOnlyList<Article> articles)
        {
            if (!_released.IsSet)
            {
                _held.Set();
                _released.Wait();
            }

            _analysed.Enqueue(story.Id);
            return PipelineStoryAnalyser.Instance.Analyse(story, articles);
        }
    }
}
