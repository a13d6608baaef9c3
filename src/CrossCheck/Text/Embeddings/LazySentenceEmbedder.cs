namespace CrossCheck.Text.Embeddings;

/// <summary>The model as an encoder, loaded only when a sentence must really be embedded: a run whose vectors are
/// all in memory or in the store never pays the model's load time and memory.</summary>
internal sealed class LazySentenceEmbedder(Func<SentenceEmbedder> load) : ISentenceEncoder
{
    private readonly Lazy<SentenceEmbedder> _model = new(load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The process's shared model (<see cref="SentenceEmbedder.Shared"/>).</summary>
    public static LazySentenceEmbedder Shared { get; } = new(() => SentenceEmbedder.Shared);

    /// <summary>Whether the model has been loaded.</summary>
    public bool IsLoaded => _model.IsValueCreated;

    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return sentences.Count == 0 ? [] : _model.Value.Embed(sentences);
    }
}
