using CrossCheck.Extraction;
using CrossCheck.Pipeline;
using CrossCheck.Tests.Text.Embeddings;
using CrossCheck.Text.Embeddings;
using Microsoft.Extensions.Time.Testing;
using static CrossCheck.Tests.Catalog.CatalogReports;

namespace CrossCheck.Tests.Pipeline;

public sealed class StoryVectorTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2031, 4, 3, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task The_encoder_is_asked_once_per_story_for_all_its_claims()
    {
        var encoder = new CountingSentenceEncoder();
        var engine = new CrossCheckEngine(new CrossCheckOptions(), _time, null, null, encoder);

        var result = await engine.RunAsync(
            [Dam("dam-1", "Harbor Wire", "2031-04-01", "Update."), Dam("dam-2", "Vela Courier", "2031-04-02", "Wait."),
             Ferry("ferry-1", "Coast Post", "2031-04-01", "News."), Ferry("ferry-2", "Island Daily", "2031-04-02", "Halted.")]);

        Assert.Equal(2, result.Document.Stories.Count);
        Assert.Equal(2, encoder.Calls.Count);
        Assert.All(encoder.Calls, call => Assert.NotEmpty(call));
    }

    [Fact]
    public async Task A_model_that_cannot_load_ends_the_run_with_its_own_error_instead_of_failing_every_story()
    {
        var broken = new LazySentenceEmbedder(() => throw new EmbeddingModelException("the sentence-embedding model could not be loaded from a test source (gone)"));
        var engine = new CrossCheckEngine(new CrossCheckOptions(), _time, null, null, new CachedSentenceEncoder(broken, new SentenceVectorCache()));

        var error = await Assert.ThrowsAsync<EmbeddingModelException>(() => engine.RunAsync(
            [Dam("dam-1", "Harbor Wire", "2031-04-01", "Update."), Dam("dam-2", "Vela Courier", "2031-04-02", "Wait."),
             Ferry("ferry-1", "Coast Post", "2031-04-01", "News."), Ferry("ferry-2", "Island Daily", "2031-04-02", "Halted.")]));

        Assert.Contains("(gone)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_alone_in_its_story_is_not_embedded()
    {
        var encoder = new CountingSentenceEncoder();
        var engine = new CrossCheckEngine(new CrossCheckOptions(), _time, null, null, encoder);

        var result = await engine.RunAsync(
            [Dam("dam-1", "Harbor Wire", "2031-04-01", "Update."), Dam("dam-2", "Vela Courier", "2031-04-02", "Wait."),
             Ferry("ferry-1", "Coast Post", "2031-04-01", "News.")]);

        Assert.Equal(2, result.Document.Stories.Count);
        var alone = result.Document.Stories.Single(s => s.ArticleIds.Count == 1);
        Assert.NotEmpty(alone.Claims);
        var call = Assert.Single(encoder.Calls);
        Assert.DoesNotContain(call, text => alone.Claims.Any(c => string.Equals(c.Text, text, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_run_of_lone_reports_never_loads_the_model()
    {
        var broken = new LazySentenceEmbedder(() => throw new EmbeddingModelException("the sentence-embedding model could not be loaded from a test source (gone)"));
        var engine = new CrossCheckEngine(new CrossCheckOptions(), _time, null, null, new CachedSentenceEncoder(broken, new SentenceVectorCache()));

        var result = await engine.RunAsync(
            [Dam("dam-1", "Harbor Wire", "2031-04-01", "Update."), Ferry("ferry-1", "Coast Post", "2031-04-01", "News.")]);

        Assert.Equal(2, result.Document.Stories.Count);
        Assert.False(broken.IsLoaded);
    }

    [Fact]
    public void Deferred_vectors_are_made_on_first_read_by_the_encoder_of_the_analysis()
    {
        var article = new Article("orchard", "orchard", "Frost", "Frost destroyed half of the apple harvest in the valley on Tuesday. Growers said the losses would raise prices.");
        var encoder = new CountingSentenceEncoder();

        var analysed = ArticleAnalyser.AnalyseAll([article], encoder, deferVectors: true).Single();

        Assert.Empty(encoder.Calls);
        Assert.NotEmpty(analysed.Claims);
        var vectors = analysed.ClaimVectors;
        var call = Assert.Single(encoder.Calls);
        Assert.Equal(analysed.Claims.Select(c => c.Text), call);
        Assert.Equal(analysed.Claims.Select(c => CountingSentenceEncoder.VectorOf(c.Text)), vectors);
        Assert.Same(vectors, analysed.ClaimVectors);
        Assert.Single(encoder.Calls);
    }
}
