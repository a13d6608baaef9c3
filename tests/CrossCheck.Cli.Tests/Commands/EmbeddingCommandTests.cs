using System.Collections.Concurrent;
using CrossCheck.Text.Embeddings;

namespace CrossCheck.Cli.Tests.Commands;

/// <summary>Which sentences the commands embed, counted through a stand-in model: each once, and none that a store
/// already holds (decision 150); and a model that cannot load is one line on stderr.</summary>
public sealed class EmbeddingCommandTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private string Db => _files.PathOf("store.db");

    private string Reports()
    {
        _files.Write("in/harbor.md", "---\ntitle: Tessel harbour reopens\noutlet: Harbor Wire\npublished: 2031-04-01\n---\n"
            + "The Tessel harbour reopened on Tuesday after the storm. Port director Alma Reyes said 14 ships were waiting. "
            + "Repairs to the north pier will take two more weeks.");
        _files.Write("in/courier.md", "---\ntitle: Tessel port open again\noutlet: Vela Courier\npublished: 2031-04-02\n---\n"
            + "The Tessel harbour reopened on Tuesday after the storm. Fishermen returned to sea on Wednesday morning. "
            + "Port director Alma Reyes said 14 ships were waiting.");
        return _files.PathOf("in");
    }

    [Fact]
    public void A_second_add_embeds_nothing_and_analyze_over_the_store_embeds_nothing()
    {
        var model = new CountingModel();
        var folder = Reports();

        var first = CliRunner.RunWith(model, "add", folder, "--db", Db);
        var embeddedByAdd = model.Embedded;
        var second = CliRunner.RunWith(model, "add", folder, "--db", Db);
        var analyzed = CliRunner.RunWith(model, "analyze", "--db", Db, "--format", "json");

        Assert.Equal(0, first.ExitCode);
        Assert.NotEmpty(embeddedByAdd);
        Assert.Equal(embeddedByAdd.Count, embeddedByAdd.Distinct().Count());
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(0, analyzed.ExitCode);
        Assert.Contains("\"claims\"", analyzed.Output, StringComparison.Ordinal);
        Assert.Equal(embeddedByAdd, model.Embedded);
        Assert.Equal(embeddedByAdd.Count, StoreProbe.Scalar(Db, "SELECT COUNT(*) FROM sentence_vectors"));
    }

    [Fact]
    public void Analyze_without_a_store_embeds_a_sentence_two_reports_share_once()
    {
        var model = new CountingModel();

        var result = CliRunner.RunWith(model, "analyze", Reports(), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Single(model.Embedded, s => s.StartsWith("The Tessel harbour reopened on Tuesday", StringComparison.Ordinal));
        Assert.Equal(model.Embedded.Count, model.Embedded.Distinct().Count());
    }

    [Fact]
    public void A_model_that_cannot_load_is_one_line_on_stderr_and_its_own_exit_code()
    {
        var broken = new LazySentenceEmbedder(() => SentenceEmbedder.Load(
            EmbeddingModelSource.Default with { Name = "a damaged copy", OpenModel = () => new MemoryStream([0x08, 0x01, 0xFF]) }));

        var result = CliRunner.RunWith(broken, "analyze", Reports());

        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("crosscheck: the sentence-embedding model could not be loaded from a damaged copy (", line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", line.Replace("loaded from", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    /// <summary>Deterministic unit vectors, and every sentence it was asked to embed.</summary>
    private sealed class CountingModel : ISentenceEncoder
    {
        private readonly ConcurrentQueue<string> _embedded = new();

        public IReadOnlyList<string> Embedded => [.. _embedded];

        public IReadOnlyList<float[]> Encode(IReadOnlyList<string> sentences)
        {
            foreach (var sentence in sentences)
            {
                _embedded.Enqueue(sentence);
            }

            return [.. sentences.Select(Vector)];
        }

        private static float[] Vector(string sentence)
        {
            var vector = new float[SentenceEmbedder.Dimensions];
            vector[(int)(SentenceKey.Of(sentence).Part0 % SentenceEmbedder.Dimensions)] = 1f;
            return vector;
        }
    }
}
