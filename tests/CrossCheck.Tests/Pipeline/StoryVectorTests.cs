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
            [Dam("dam-1", "Harbor Wire", "2031-04-01", "Update."), Ferry("ferry-1", "Coast Post", "2031-04-01", "News.")]));

        Assert.Contains("(gone)", error.Message, StringComparison.Ordinal);
    }
}
