using System.Collections.Concurrent;
using CrossCheck.Text.Embeddings;

namespace CrossCheck.Tests.Text.Embeddings;

/// <summary>A stand-in for the model: a deterministic unit vector per text (seeded by its key), and a record of every
/// call, so tests can see what was embedded and how often without loading the model.</summary>
internal sealed class CountingSentenceEncoder : ISentenceEncoder
{
    private readonly ConcurrentQueue<IReadOnlyList<string>> _calls = new();

    /// <summary>Each call's sentences, in the order of the calls.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Calls => [.. _calls];

    /// <summary>Every sentence embedded, over all calls.</summary>
    public IReadOnlyList<string> Embedded => [.. _calls.SelectMany(c => c)];

    public static float[] VectorOf(string sentence)
    {
        var key = SentenceKey.Of(sentence);
        var random = new Random(HashCode.Combine(key.Part0, key.Part1));
        var vector = new float[SentenceEmbedder.Dimensions];
        var norm = 0.0;
        for (var d = 0; d < vector.Length; d++)
        {
            vector[d] = (float)(random.NextDouble() - 0.5);
            norm += vector[d] * vector[d];
        }

        for (var d = 0; d < vector.Length; d++)
        {
            vector[d] = (float)(vector[d] / Math.Sqrt(norm));
        }

        return vector;
    }

    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> sentences)
    {
        _calls.Enqueue([.. sentences]);
        return [.. sentences.Select(VectorOf)];
    }
}
