using CrossCheck.Text.Embeddings;

namespace CrossCheck.Storage;

/// <summary>Vectors from a store first: the sentences are looked up in <see cref="ISentenceVectorStore"/> under the
/// model's id, the ones not found are embedded by the model in one call and saved in one transaction. Put behind a
/// <see cref="CachedSentenceEncoder"/> (<see cref="For(ISentenceVectorStore, ISentenceEncoder?)"/>) so each sentence
/// is looked up at most once per process while it stays in memory.</summary>
internal sealed class StoredSentenceEncoder(ISentenceVectorStore store, ISentenceEncoder model, string modelId) : ISentenceEncoder
{
    /// <summary>The encoder for runs over <paramref name="store"/>: memory, then the store, then
    /// <paramref name="model"/> (by default the shared model, loaded only if a sentence is missing from both). The
    /// memory is this encoder's own, so every vector in it is in the store too.</summary>
    public static CachedSentenceEncoder For(ISentenceVectorStore store, ISentenceEncoder? model = null) =>
        new(new StoredSentenceEncoder(store, model ?? LazySentenceEmbedder.Shared, SentenceEmbedder.ModelId), new SentenceVectorCache());

    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        if (sentences.Count == 0)
        {
            return [];
        }

        var keys = sentences.Select(s => SentenceKey.Of(s ?? string.Empty)).ToArray();
        var found = store.FindVectors(modelId, [.. keys.Distinct()]);
        var missing = new List<int>();
        var vectors = new float[sentences.Count][];
        var seen = new HashSet<SentenceKey>();
        for (var i = 0; i < keys.Length; i++)
        {
            if (found.TryGetValue(keys[i], out var vector))
            {
                vectors[i] = vector;
            }
            else if (seen.Add(keys[i]))
            {
                missing.Add(i);
            }
        }

        if (missing.Count == 0)
        {
            return vectors;
        }

        var computed = model.Encode([.. missing.Select(i => sentences[i] ?? string.Empty)]);
        if (computed.Count != missing.Count)
        {
            throw new InvalidOperationException($"the model returned {computed.Count} vectors for {missing.Count} sentences");
        }

        var embedded = new Dictionary<SentenceKey, float[]>(missing.Count);
        for (var m = 0; m < missing.Count; m++)
        {
            embedded[keys[missing[m]]] = computed[m];
        }

        store.SaveVectors(modelId, embedded);
        for (var i = 0; i < keys.Length; i++)
        {
            vectors[i] ??= embedded[keys[i]];
        }

        return vectors;
    }
}
