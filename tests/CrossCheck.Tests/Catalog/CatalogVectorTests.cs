using CrossCheck.Catalog;
using CrossCheck.Pipeline;
using CrossCheck.Storage;
using CrossCheck.Storage.Sqlite;
using CrossCheck.Tests.Ingest;
using CrossCheck.Tests.Text.Embeddings;
using CrossCheck.Text.Embeddings;
using Microsoft.Extensions.Time.Testing;
using static CrossCheck.Tests.Catalog.CatalogReports;

namespace CrossCheck.Tests.Catalog;

/// <summary>The catalog (the web application's) keeps the claims' vectors in its store: a story re-analysed after an
/// add embeds only the new sentences, and a restart embeds none (decision 150).</summary>
public sealed class CatalogVectorTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2031, 4, 3, 12, 0, 0, TimeSpan.Zero));
    private readonly CountingSentenceEncoder _model = new();

    public void Dispose() => _dir.Dispose();

    private string DbPath => Path.Combine(_dir.Path, "catalog.db");

    private StoredStoryCatalog Catalog(IArticleStore store) => new(store, _time, new PipelineStoryAnalyser(StoredSentenceEncoder.For(store, _model)));

    [Fact]
    public async Task A_story_re_analysed_after_an_add_embeds_only_the_new_report_s_sentences()
    {
        await using var store = await SqliteArticleStore.OpenAsync(DbPath, _time);
        var catalog = Catalog(store);
        await catalog.AddAsync([Dam("dam-1", "Harbor Wire", "2031-04-01", "Water board update."), Dam("dam-2", "Vela Courier", "2031-04-02", "Residents wait.")], CancellationToken.None);
        var before = _model.Embedded.ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(before);

        _time.Advance(TimeSpan.FromMinutes(5));
        await catalog.AddAsync([Dam("dam-3", "Coast Post", "2031-04-02", "Buses for Hask residents left at dawn.")], CancellationToken.None);

        var added = _model.Calls[^1];
        Assert.NotEmpty(added);
        Assert.All(added, sentence => Assert.DoesNotContain(sentence, before));
        Assert.All(added, sentence => Assert.Contains(sentence, "Buses for Hask residents left at dawn.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_restarted_catalog_embeds_nothing()
    {
        await using (var store = await SqliteArticleStore.OpenAsync(DbPath, _time))
        {
            await Catalog(store).AddAsync(
                [Dam("dam-1", "Harbor Wire", "2031-04-01", "Update."), Ferry("ferry-1", "Coast Post", "2031-04-01", "Strike news."),
                 Ferry("ferry-2", "Island Daily", "2031-04-02", "Crossings halted.")],
                CancellationToken.None);
        }

        var calls = _model.Calls.Count;
        await using var reopened = await SqliteArticleStore.OpenAsync(DbPath, _time);
        var stories = await Catalog(reopened).ListStoriesAsync(null, CancellationToken.None);

        Assert.Equal(2, stories.Count);
        Assert.Equal(calls, _model.Calls.Count);
    }

    [Fact]
    public async Task A_model_that_cannot_load_fails_the_add_once_not_story_by_story()
    {
        await using var store = await SqliteArticleStore.OpenAsync(DbPath, _time);
        var broken = new LazySentenceEmbedder(() => throw new EmbeddingModelException("the sentence-embedding model could not be loaded from a test source (gone)"));
        var catalog = new StoredStoryCatalog(store, _time, new PipelineStoryAnalyser(StoredSentenceEncoder.For(store, broken)));

        // Stories of two reports each: a report alone in its story needs no vector (decision 210).
        var error = await Assert.ThrowsAsync<EmbeddingModelException>(() => catalog.AddAsync(
            [Dam("dam-1", "Harbor Wire", "2031-04-01", "Update."), Dam("dam-2", "Vela Courier", "2031-04-02", "Wait."),
             Ferry("ferry-1", "Coast Post", "2031-04-01", "News."), Ferry("ferry-2", "Island Daily", "2031-04-02", "Halted.")], CancellationToken.None));

        Assert.Contains("(gone)", error.Message, StringComparison.Ordinal);
        Assert.Equal(new StoreCounts(4, 4), await store.CountAsync());
    }
}
