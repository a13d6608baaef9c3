using CrossCheck.Text.Embeddings;

namespace CrossCheck.Tests.Text.Embeddings;

public sealed class CachedSentenceEncoderTests
{
    private readonly CountingSentenceEncoder _model = new();

    private CachedSentenceEncoder Encoder(int capacity = SentenceVectorCache.DefaultCapacity) => new(_model, new SentenceVectorCache(capacity));

    [Fact]
    public void A_sentence_repeated_in_one_call_is_embedded_once_and_every_position_gets_its_vector()
    {
        var sentences = new[] { "Port Iven closed at noon.", "Ferries were cancelled.", "Port Iven closed at noon.", "Ferries were cancelled." };

        var vectors = Encoder().Encode(sentences);

        Assert.Equal(["Port Iven closed at noon.", "Ferries were cancelled."], Assert.Single(_model.Calls));
        Assert.Equal(sentences.Select(CountingSentenceEncoder.VectorOf), vectors);
        Assert.Same(vectors[0], vectors[2]);
    }

    [Fact]
    public void Sentences_seen_before_come_from_memory_and_only_the_new_ones_go_to_the_model_in_one_call()
    {
        var encoder = Encoder();
        encoder.Encode(["The Sarn dam held.", "Rain eased on Sunday."]);

        var vectors = encoder.Encode(["Rain eased on Sunday.", "Schools reopened in Hask.", "The Sarn dam held.", "Roads stayed shut."]);

        Assert.Equal(2, _model.Calls.Count);
        Assert.Equal(["Schools reopened in Hask.", "Roads stayed shut."], _model.Calls[1]);
        Assert.Equal(CountingSentenceEncoder.VectorOf("Rain eased on Sunday."), vectors[0]);
        Assert.Equal(CountingSentenceEncoder.VectorOf("Roads stayed shut."), vectors[3]);
    }

    [Fact]
    public void Typographic_variants_of_a_sentence_share_its_vector()
    {
        var encoder = Encoder();
        encoder.Encode(["The mayor said: \"We will rebuild.\""]);

        encoder.Encode(["The mayor said: “We will rebuild.”"]);

        Assert.Single(_model.Calls);
    }

    [Fact]
    public void Nothing_to_embed_makes_no_call()
    {
        var encoder = Encoder();

        Assert.Empty(encoder.Encode([]));
        Assert.Empty(_model.Calls);
    }

    [Fact]
    public void Sentences_pushed_out_of_a_full_memory_are_embedded_again()
    {
        var encoder = Encoder(capacity: 4);
        var many = Enumerable.Range(0, 20).Select(i => $"Report {i} from Velmar.").ToArray();
        encoder.Encode(many);

        encoder.Encode([many[0]]);

        Assert.Equal([many[0]], _model.Calls[^1]);
    }

    [Fact]
    public void The_shared_encoder_does_not_load_the_model_for_nothing() =>
        Assert.Empty(CachedSentenceEncoder.Shared.Encode([]));
}
