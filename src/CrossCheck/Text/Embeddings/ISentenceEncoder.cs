namespace CrossCheck.Text.Embeddings;

/// <summary>Turns sentences into unit vectors whose dot product is their semantic similarity. The default is
/// <see cref="SentenceEmbedder.Shared"/>; a store-backed encoder reuses the vectors of sentences it has seen, and tests
/// may supply a small deterministic one.</summary>
internal interface ISentenceEncoder
{
    /// <summary>One unit vector per sentence, in order.</summary>
    IReadOnlyList<float[]> Encode(IReadOnlyList<string> sentences);
}
