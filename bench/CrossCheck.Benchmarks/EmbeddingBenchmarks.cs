using BenchmarkDotNet.Attributes;
using CrossCheck.Text;
using CrossCheck.Text.Embeddings;

namespace CrossCheck.Benchmarks;

/// <summary>Sentence embeddings (<see cref="SentenceEmbedder"/>, all-MiniLM-L6-v2 on ONNX Runtime, one intra-op
/// thread): <c>Embed16</c> embeds one call of 16 sentences of the sample reports (one batch, so one core), and
/// <c>EmbedAll</c> 200 sentences of the sample reports in one call, as a story's claims are embedded (sorted by
/// length, its batches on every core), and <c>EmbedAllOneCore</c> that call on one core. BenchmarkDotNet reports the time per sentence (operations per invoke). Run
/// from the repository root. In process, like the other benchmarks of this project.</summary>
[MemoryDiagnoser]
[InProcess]
[WarmupCount(3)]
[IterationCount(10)]
public class EmbeddingBenchmarks
{
    private const int Batch = SentenceEmbedder.BatchSize;

    /// <summary>Sentences of <c>EmbedAll</c>: the sample reports have a few more.</summary>
    private const int AllCount = 200;

    private static readonly TaskScheduler OneCore = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, 1).ConcurrentScheduler;

    private string[][] _batches = [];
    private string[] _all = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var root = Directory.GetCurrentDirectory();
        while (!File.Exists(Path.Combine(root, "CrossCheck.slnx")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("run from inside the repository");
        }

        var sentences = Directory.EnumerateFiles(Path.Combine(root, "samples", "corpus"), "*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".md", StringComparison.Ordinal) || file.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(file => SentenceSplitter.Split(File.ReadAllText(file)))
            .Select(s => s.Text)
            .Where(s => s.Length >= 20)
            .ToArray();
        _batches = [.. sentences.Chunk(Batch).Where(c => c.Length == Batch)];
        _all = sentences[..AllCount];
        _ = SentenceEmbedder.Shared.Embed(_batches[0]);
    }

    /// <summary>16 real sentences per operation, cycling through the sample corpus.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public float[][] Embed16()
    {
        var batch = _batches[_next];
        _next = (_next + 1) % _batches.Length;
        return SentenceEmbedder.Shared.Embed(batch);
    }

    /// <summary>200 sentences of the sample reports in one call.</summary>
    [Benchmark(OperationsPerInvoke = AllCount)]
    public float[][] EmbedAll() => SentenceEmbedder.Shared.Embed(_all);

    /// <summary>The same call on a scheduler of one task at a time, as when every core already analyses a story: its
    /// batches run one after another on the caller's core.</summary>
    [Benchmark(OperationsPerInvoke = AllCount)]
    public float[][] EmbedAllOneCore() =>
        Task.Factory.StartNew(() => SentenceEmbedder.Shared.Embed(_all), CancellationToken.None, TaskCreationOptions.DenyChildAttach, OneCore)
            .GetAwaiter().GetResult();
}

/// <summary>Loading <see cref="SentenceEmbedder"/>: the embedded model and vocabulary read from the resources to a
/// ready session that has embedded one word.</summary>
[MemoryDiagnoser]
[InProcess]
[WarmupCount(1)]
[IterationCount(5)]
public class EmbeddingLoadBenchmarks
{
    [Benchmark]
    public int Load()
    {
        using var embedder = SentenceEmbedder.Load();
        return embedder.Embed("warm").Length;
    }
}
