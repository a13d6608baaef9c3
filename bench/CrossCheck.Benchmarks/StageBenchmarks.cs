using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using CrossCheck.Analysis;
using CrossCheck.Extraction;
using CrossCheck.Ingest;
using CrossCheck.Pipeline;
using CrossCheck.Text;

namespace CrossCheck.Benchmarks;

/// <summary>Cost of each per-article stage and of a whole run over the bundled sample corpus
/// (25 articles, 7 stories). Run from the repository root.</summary>
[MemoryDiagnoser]
[SimpleJob(RuntimeMoniker.Net10_0, launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class StageBenchmarks
{
    private IReadOnlyList<RawDocument> _documents = [];
    private IReadOnlyList<Article> _articles = [];
    private readonly CrossCheckPipeline _pipeline = new(TimeProvider.System);
    private readonly CrossCheckEngine _engine = new(new CrossCheckOptions());

    [GlobalSetup]
    public void Setup()
    {
        var root = Directory.GetCurrentDirectory();
        while (!File.Exists(Path.Combine(root, "CrossCheck.slnx")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("run from inside the repository");
        }

        _documents = DocumentLoader.Load([Path.Combine(root, "samples", "corpus")]).Documents;
        _articles = _pipeline.Extract(_documents).Articles;
    }

    [Benchmark]
    public int Extract() => _pipeline.Extract(_documents).Articles.Count;

    [Benchmark]
    public int SplitSentences() => _articles.Sum(a => SentenceSplitter.Split(a.Text).Count);

    [Benchmark]
    public int AnalyseArticles() => _articles.Select(ArticleAnalyser.Analyse).Sum(a => a.Claims.Count);

    [Benchmark]
    public async Task<int> WholeRun() =>
        (await _engine.AnalyseAsync(_articles, await _engine.GroupAsync(_articles))).Document.Stories.Count;
}
