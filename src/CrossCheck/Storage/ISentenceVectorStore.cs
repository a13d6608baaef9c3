using CrossCheck.Text.Embeddings;

namespace CrossCheck.Storage;

/// <summary>Sentence vectors kept durably, content-addressed: the key is the model's id and the
/// <see cref="SentenceKey"/> of the text, the value the vector's 384 floats (<see cref="SentenceVectorCodec"/>). Both
/// article stores implement it (decision 150). A vector stored under a key never changes, so saving a key twice is
/// harmless, and a store may lose vectors (they are recomputed) but never articles.
/// <para>Synchronous on purpose: it is called from inside the synchronous, CPU-bound analysis of a story, on the
/// pipeline's own workers, once per story with all its claims; both drivers do synchronous I/O natively (decision
/// 151).</para></summary>
internal interface ISentenceVectorStore
{
    /// <summary>The vectors stored for <paramref name="keys"/> under <paramref name="model"/>; keys without one are absent.</summary>
    IReadOnlyDictionary<SentenceKey, float[]> FindVectors(string model, IReadOnlyCollection<SentenceKey> keys);

    /// <summary>Stores the vectors under <paramref name="model"/> in one transaction (a key already stored is overwritten).</summary>
    void SaveVectors(string model, IReadOnlyCollection<KeyValuePair<SentenceKey, float[]>> vectors);
}
