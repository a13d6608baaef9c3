using CrossCheck.Ingest;
using CrossCheck.Intake;
using CrossCheck.Pipeline;
using CrossCheck.Storage;
using CrossCheck.Storage.Sqlite;
using CrossCheck.Tests.Ingest;
using CrossCheck.Tests.Text.Embeddings;
using CrossCheck.Text.Embeddings;
using Microsoft.Extensions.Time.Testing;
using static CrossCheck.Tests.Catalog.CatalogReports;

namespace CrossCheck.Tests.Intake;

/// <summary><c>add</c> embeds the claims of what it stores, each sentence once (decision 150).</summary>
public sealed class ArticleIngestorVectorTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2031, 4, 3, 12, 0, 0, TimeSpan.Zero));
    private readonly CountingSentenceEncoder _model = new();

    public void Dispose() => _dir.Dispose();

    private string DbPath => Path.Combine(_dir.Path, "vectors.db");

    /// <summary>A new process over the same store: fresh memory, the same model.</summary>
    private ArticleIngestor Ingestor(IArticleStore store) => new(store, _time, StoredSentenceEncoder.For(store, _model));

    [Fact]
    public async Task Adding_an_article_embeds_its_claims_once()
    {
        await using var store = await SqliteArticleStore.OpenAsync(DbPath, _time);
        var dam = Dam("dam-1", "Harbor Wire", "2031-04-01", "Water board update.");

        await Ingestor(store).IngestAsync([IngestItem.Ok(dam)]);

        var claims = ArticleAnalyser.ClaimTexts(new ArticleIntake(_time).Take(dam).Article!);
        Assert.NotEmpty(claims);
        Assert.Equal(claims.Distinct(), Assert.Single(_model.Calls));
    }

    [Fact]
    public async Task A_second_add_of_the_same_article_embeds_nothing()
    {
        await using var store = await SqliteArticleStore.OpenAsync(DbPath, _time);
        var dam = Dam("dam-1", "Harbor Wire", "2031-04-01", "Water board update.");
        await Ingestor(store).IngestAsync([IngestItem.Ok(dam)]);
        var first = _model.Embedded.Count;

        var summary = await Ingestor(store).IngestAsync([IngestItem.Ok(dam)]);

        Assert.Equal(1, summary.Unchanged);
        Assert.Equal(first, _model.Embedded.Count);
    }

    [Fact]
    public async Task A_revision_embeds_only_its_new_sentences()
    {
        await using var store = await SqliteArticleStore.OpenAsync(DbPath, _time);
        var dam = Dam("dam-1", "Harbor Wire", "2031-04-01", "Water board update.");
        await Ingestor(store).IngestAsync([IngestItem.Ok(dam)]);
        const string Added = "Schools in Hask will reopen on Monday, the council said.";
        var revised = dam with { Content = dam.Content + " " + Added };

        var summary = await Ingestor(store).IngestAsync([IngestItem.Ok(revised)]);

        Assert.Equal(1, summary.Revised);
        Assert.Equal(2, _model.Calls.Count);
        Assert.NotEmpty(_model.Calls[1]);
        Assert.All(_model.Calls[1], claim => Assert.Contains(claim, Added, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_copy_from_another_outlet_is_stored_but_embeds_nothing()
    {
        await using var store = await SqliteArticleStore.OpenAsync(DbPath, _time);
        await Ingestor(store).IngestAsync([IngestItem.Ok(Dam("dam-1", "Harbor Wire", "2031-04-01", "Water board update."))]);

        var summary = await Ingestor(store).IngestAsync([IngestItem.Ok(Dam("dam-copy", "Vela Courier", "2031-04-02", "Water board update."))]);

        Assert.Equal(1, summary.Added);
        Assert.Single(_model.Calls);
    }

    [Fact]
    public async Task A_batch_s_articles_are_embedded_in_one_call_and_a_single_item_before_it_returns()
    {
        await using var store = await SqliteArticleStore.OpenAsync(DbPath, _time);
        var ingestor = Ingestor(store);

        await ingestor.IngestAsync(
            [IngestItem.Ok(Dam("dam-1", "Harbor Wire", "2031-04-01", "Update.")), IngestItem.Ok(Ferry("ferry-1", "Coast Post", "2031-04-01", "Strike news.")),
             IngestItem.Ok(Ferry("ferry-2", "Island Daily", "2031-04-02", "Crossings halted."))]);
        Assert.Single(_model.Calls);

        await ingestor.IngestOneAsync(IngestItem.Ok(Dam("dam-2", "Vela Courier", "2031-04-02", "Residents wait for buses in Hask.")));
        Assert.Equal(2, _model.Calls.Count);
        Assert.All(_model.Calls[1], claim => Assert.Contains(claim, "Residents wait for buses in Hask.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_claim_encoder_nothing_is_embedded()
    {
        await using var store = await SqliteArticleStore.OpenAsync(DbPath, _time);

        await new ArticleIngestor(store, _time).IngestAsync([IngestItem.Ok(Dam("dam-1", "Harbor Wire", "2031-04-01", "Update."))]);

        Assert.Empty(store.FindVectors(SentenceEmbedder.ModelId, [.. ArticleAnalyser.ClaimTexts(new ArticleIntake(_time).Take(Dam("dam-1", "Harbor Wire", "2031-04-01", "Update.")).Article!).Select(SentenceKey.Of)]));
    }
}
