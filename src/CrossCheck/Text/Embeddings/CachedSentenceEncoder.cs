namespace CrossCheck.Text.Embeddings;

/// <summary>Vectors from memory first: each sentence's <see cref="SentenceKey"/> is looked up in a
/// <see cref="SentenceVectorCache"/>, and the sentences not found, each once however often it repeats, go to the
/// inner encoder in one call (the model, or a store in front of it). Without a store this alone keeps a copied
/// sentence from being embedded twice in a run.</summary>
internal sealed class CachedSentenceEncoder(ISentenceEncoder inner, SentenceVectorCache cache) : ISentenceEncoder
{
    /// <summary>The process's encoder when there is no store: the shared model, loaded on first need, behind one
    /// shared memory.</summary>
    public static CachedSentenceEncoder Shared { get; } = new(LazySentenceEmbedder.Shared, new SentenceVectorCache());

    public SentenceVectorCache Cache => cache;

    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var vectors = new float[sentences.Count][];
        Dictionary<SentenceKey, List<int>>? positions = null;
        List<(SentenceKey Key, string Text)>? missing = null;
        for (var i = 0; i < sentences.Count; i++)
        {
            var text = sentences[i] ?? string.Empty;
            var key = SentenceKey.Of(text);
            if (cache.TryGet(key, out var vector))
            {
                vectors[i] = vector;
                continue;
            }

            positions ??= [];
            missing ??= [];
            if (!positions.TryGetValue(key, out var at))
            {
                positions[key] = at = [];
                missing.Add((key, text));
            }

            at.Add(i);
        }

        if (missing is null)
        {
            return vectors;
        }

        var computed = inner.Encode([.. missing.Select(m => m.Text)]);
        if (computed.Count != missing.Count)
        {
            throw new InvalidOperationException($"the encoder returned {computed.Count} vectors for {missing.Count} sentences");
        }

        for (var m = 0; m < missing.Count; m++)
        {
            var vector = computed[m];
            cache.Add(missing[m].Key, vector);
            foreach (var position in positions![missing[m].Key])
            {
                vectors[position] = vector;
            }
        }

        return vectors;
    }
}
