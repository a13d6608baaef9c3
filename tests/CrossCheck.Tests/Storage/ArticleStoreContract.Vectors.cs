using CrossCheck.Storage;
using CrossCheck.Tests.Text.Embeddings;
using CrossCheck.Text.Embeddings;

namespace CrossCheck.Tests.Storage;

/// <summary>The sentence-vector part of the contract (<see cref="ISentenceVectorStore"/>), for every store.</summary>
public abstract partial class ArticleStoreContract
{
    private const string Model = "test-model/r1";

    private static KeyValuePair<SentenceKey, float[]> Entry(string sentence) => new(SentenceKey.Of(sentence), CountingSentenceEncoder.VectorOf(sentence));

    [Fact]
    public async Task Vectors_round_trip_bit_for_bit()
    {
        await using var store = await CreateStoreAsync();
        var odd = new float[SentenceEmbedder.Dimensions];
        odd[0] = float.Epsilon;
        odd[1] = -0f;
        odd[2] = 1f / 3f;
        odd[3] = float.MaxValue;
        var entries = new[] { Entry("The Ardal bridge reopened."), Entry("Traffic returned to normal."), new(SentenceKey.Of("odd"), odd) };

        store.SaveVectors(Model, entries);
        var found = store.FindVectors(Model, [.. entries.Select(e => e.Key)]);

        Assert.Equal(3, found.Count);
        foreach (var (key, vector) in entries)
        {
            Assert.Equal(vector.Select(BitConverter.SingleToInt32Bits), found[key].Select(BitConverter.SingleToInt32Bits));
        }
    }

    [Fact]
    public async Task Unknown_keys_and_other_models_find_nothing()
    {
        await using var store = await CreateStoreAsync();
        var entry = Entry("The Ardal bridge reopened.");
        store.SaveVectors(Model, [entry]);

        Assert.Empty(store.FindVectors("another-model/r1", [entry.Key]));
        Assert.Empty(store.FindVectors(Model, [SentenceKey.Of("Never stored.")]));
        Assert.Empty(store.FindVectors(Model, []));
        Assert.Equal([entry.Key], store.FindVectors(Model, [entry.Key, SentenceKey.Of("Never stored.")]).Keys);
    }

    [Fact]
    public async Task Saving_a_key_again_keeps_one_vector_the_last_saved()
    {
        await using var store = await CreateStoreAsync();
        var key = SentenceKey.Of("The Ardal bridge reopened.");
        var first = CountingSentenceEncoder.VectorOf("first");
        var second = CountingSentenceEncoder.VectorOf("second");

        store.SaveVectors(Model, [new(key, first)]);
        store.SaveVectors(Model, [new(key, second), new(key, second)]);

        Assert.Equal(second, store.FindVectors(Model, [key])[key]);
    }

    [Fact]
    public async Task Thousands_of_keys_go_in_one_call_each_way()
    {
        await using var store = await CreateStoreAsync();
        var entries = Enumerable.Range(0, 2_500).Select(i => Entry($"Sentence {i} of the Velmar flood report.")).ToList();

        store.SaveVectors(Model, entries);
        var found = store.FindVectors(Model, [.. entries.Select(e => e.Key)]);

        Assert.Equal(entries.Count, found.Count);
        Assert.Equal(entries[1_234].Value, found[entries[1_234].Key]);
    }

    [Fact]
    public async Task Vectors_outlive_the_connection()
    {
        var entry = Entry("The Ardal bridge reopened.");
        await using (var store = await CreateStoreAsync())
        {
            store.SaveVectors(Model, [entry]);
        }

        await using var reopened = await CreateStoreAsync();
        Assert.Equal(entry.Value, reopened.FindVectors(Model, [entry.Key])[entry.Key]);
    }

    [Fact]
    public async Task A_second_encoder_over_the_store_embeds_nothing_it_already_stored()
    {
        await using var store = await CreateStoreAsync();
        var model = new CountingSentenceEncoder();
        string[] claims = ["Crews in Varnholt walked out on Monday.", "The union asked for 7 percent.", "Crews in Varnholt walked out on Monday."];
        var first = StoredSentenceEncoder.For(store, model).Encode(claims);

        var second = StoredSentenceEncoder.For(store, model).Encode(claims);

        Assert.Equal(["Crews in Varnholt walked out on Monday.", "The union asked for 7 percent."], Assert.Single(model.Calls));
        Assert.Equal(first, second);
    }
}
