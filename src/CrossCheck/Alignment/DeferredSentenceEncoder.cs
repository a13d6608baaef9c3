using CrossCheck.Text.Embeddings;

namespace CrossCheck.Alignment;

/// <summary>An encoder that hands out vectors at once and fills them later, all in one batched run: analysing
/// hundreds of short texts one by one would run the model on batches of one or two sentences. Each distinct
/// sentence is embedded once; sentences are sorted by length before batching, so a batch is padded little.
/// The vectors it returns are zero until <see cref="Fill"/> has run.</summary>
internal sealed class DeferredSentenceEncoder(ISentenceEncoder inner) : ISentenceEncoder
{
    /// <summary>Sentences per call to the inner encoder.</summary>
    private const int ChunkSize = 64;

    private readonly Dictionary<string, List<float[]>> _pending = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var vectors = new float[sentences.Count][];
        lock (_lock)
        {
            for (var i = 0; i < sentences.Count; i++)
            {
                vectors[i] = new float[SentenceEmbedder.Dimensions];
                var text = sentences[i] ?? string.Empty;
                if (!_pending.TryGetValue(text, out var targets))
                {
                    _pending[text] = targets = [];
                }

                targets.Add(vectors[i]);
            }
        }

        return vectors;
    }

    /// <summary>Embeds every sentence asked for since the last call, in parallel chunks, and copies each vector
    /// into the arrays handed out for it.</summary>
    public void Fill(CancellationToken cancellationToken = default)
    {
        List<KeyValuePair<string, List<float[]>>> work;
        lock (_lock)
        {
            work = [.. _pending.OrderBy(p => p.Key.Length).ThenBy(p => p.Key, StringComparer.Ordinal)];
            _pending.Clear();
        }

        var chunks = Enumerable.Range(0, (work.Count + ChunkSize - 1) / ChunkSize).ToList();
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(chunks, options, chunk =>
        {
            var part = work.Skip(chunk * ChunkSize).Take(ChunkSize).ToList();
            var vectors = inner.Encode([.. part.Select(p => p.Key)]);
            for (var i = 0; i < part.Count; i++)
            {
                foreach (var target in part[i].Value)
                {
                    vectors[i].CopyTo(target, 0);
                }
            }
        });
    }
}
