using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using CrossCheck.Ingest.Decoding;

namespace CrossCheck.Benchmarks;

/// <summary>Cost of NFC normalisation at ingest over the sample corpus: <c>news</c> is the reports as written
/// (nearly all ASCII, but curly quotes and dashes), <c>decomposed</c> the same texts in NFD, so every accent
/// has to be composed again. Run from the repository root.</summary>
[MemoryDiagnoser]
[SimpleJob(RuntimeMoniker.Net10_0, launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class NormalizationBenchmarks
{
    private string[] _texts = [];

    [Params("news", "decomposed")]
    public string Input { get; set; } = "news";

    [GlobalSetup]
    public void Setup()
    {
        var root = Directory.GetCurrentDirectory();
        while (!File.Exists(Path.Combine(root, "CrossCheck.slnx")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("run from inside the repository");
        }

        var texts = Directory.EnumerateFiles(Path.Combine(root, "samples", "corpus"), "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText);
        _texts = [.. texts.Select(t => Input == "decomposed" ? t.Normalize(NormalizationForm.FormD) : t)];
    }

    /// <summary>What ingest calls (<see cref="UnicodeNfc.Normalize"/>): the generated table until ICU replaced it.</summary>
    [Benchmark(Baseline = true)]
    public int Nfc() => _texts.Sum(t => UnicodeNfc.Normalize(t).Length);

    /// <summary>ICU through the BCL, for comparison.</summary>
    [Benchmark]
    public int StringNormalize() => _texts.Sum(t => t.Normalize(NormalizationForm.FormC).Length);
}
