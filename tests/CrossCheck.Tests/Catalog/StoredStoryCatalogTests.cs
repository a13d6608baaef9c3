using CrossCheck.Catalog;
using CrossCheck.Ingest;
using CrossCheck.Storage.Sqlite;
using CrossCheck.Tests.Ingest;
using Microsoft.Extensions.Time.Testing;

namespace CrossCheck.Tests.Catalog;

public sealed class StoredStoryCatalogTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2031, 4, 3, 12, 0, 0, TimeSpan.Zero));

    private string DbPath => Path.Combine(_dir.Path, "catalog.db");

    public void Dispose() => _dir.Dispose();

    private static RawDocument Report(string id, string text) =>
        new(id, id + ".md", DocumentFormat.PlainText, text, new DocumentMetadata("Dam holds in Lentmoor", "Harbor Wire", $"https://wire.example/{id}", "2031-04-02"));

    [Fact]
    public async Task Added_reports_survive_a_restart_with_their_stories()
    {
        await using (var store = await SqliteArticleStore.OpenAsync(DbPath, _time))
        {
            var catalog = new StoredStoryCatalog(store, _time);
            var summary = await catalog.AddAsync([Report("a", "The dam in Lentmoor held on Tuesday, the council said.")], CancellationToken.None);
            Assert.Equal(1, summary.Added);
        }

        await using var reopened = await SqliteArticleStore.OpenAsync(DbPath, _time);
        var again = new StoredStoryCatalog(reopened, _time);
        var stories = await again.ListStoriesAsync(null, CancellationToken.None);
        var article = await again.GetArticleAsync("a", CancellationToken.None);

        Assert.Equal("Dam holds in Lentmoor", Assert.Single(stories).Title);
        Assert.Equal("The dam in Lentmoor held on Tuesday, the council said.", article!.Text);
        Assert.Equal(stories[0].Id, (await reopened.GetAsync("a"))!.StoryId);
    }

    [Fact]
    public async Task Re_adding_a_report_changes_nothing()
    {
        await using var store = await SqliteArticleStore.OpenAsync(DbPath, _time);
        var catalog = new StoredStoryCatalog(store, _time);
        await catalog.AddAsync([Report("a", "The dam held.")], CancellationToken.None);

        var summary = await catalog.AddAsync([Report("a", "The dam held.")], CancellationToken.None);

        Assert.Equal((0, 1), (summary.Added, summary.Unchanged));
        Assert.Equal(1, (await store.CountAsync()).Articles);
    }

    [Fact]
    public async Task Unreadable_documents_are_reported_and_the_rest_stored()
    {
        await using var store = await SqliteArticleStore.OpenAsync(DbPath, _time);
        var catalog = new StoredStoryCatalog(store, _time);

        var summary = await catalog.AddAsync([Report("empty", "   "), Report("b", "The dam held.")], CancellationToken.None);

        Assert.Equal(["b"], summary.ArticleIds);
        Assert.Contains(summary.Errors, e => e.Contains("empty.md", StringComparison.Ordinal));
    }
}
