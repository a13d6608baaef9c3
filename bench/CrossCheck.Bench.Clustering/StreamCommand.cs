using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CrossCheck.Clustering;
using CrossCheck.Clustering.Features;
using CrossCheck.Clustering.Online;
using CrossCheck.Extraction;

namespace CrossCheck.Bench.Clustering;

/// <summary><c>stream IN.jsonl [LIMIT]</c>: feeds the stream through copy detection and online story assignment
/// (parsing and profiling on one thread, assignment on another) and reports articles/s, memory and quality
/// against IN.gold.tsv (B³ on stories, precision/recall of rewrite detection).</summary>
internal static class StreamCommand
{
    /// <summary>BENCH_PROFILE_ONLY=1 skips assignment, to measure reading and profiling alone.</summary>
    private static readonly bool ProfileOnly = Environment.GetEnvironmentVariable("BENCH_PROFILE_ONLY") == "1";

    /// <summary>BENCH_PHASES=1 reads and profiles everything first, then assigns, and reports the CPU seconds of
    /// each phase (insensitive to other processes' load, unlike wall time).</summary>
    private static readonly bool Phases = Environment.GetEnvironmentVariable("BENCH_PHASES") == "1";

    public static int Run(string input, int limit)
    {
        if (Phases)
        {
            return RunPhases(input, limit);
        }

        var gold = LoadGold(Path.ChangeExtension(input, ".gold.tsv"), limit);
        var predicted = new Dictionary<string, string>(StringComparer.Ordinal);
        var derived = new Dictionary<string, string>(StringComparer.Ordinal);
        void Collect(Story story)
        {
            foreach (var id in story.ArticleIds)
            {
                predicted[id] = story.Id;
            }

            foreach (var (id, source) in story.DerivedFrom)
            {
                derived[id] = source;
            }
        }

        var clusterOptions = Options();
        var clusterer = new OnlineStoryClusterer(clusterOptions, onRetired: Collect);
        using var queue = new BlockingCollection<(Article Article, ArticleProfile Profile)>(2048);
        var watch = Stopwatch.StartNew();
        var profiling = new Stopwatch();
        var assigning = new Stopwatch();
        var producer = Task.Run(() =>
        {
            foreach (var article in Read(input).Take(limit))
            {
                profiling.Start();
                var profile = ArticleProfiler.Build(article, clusterOptions);
                profiling.Stop();
                queue.Add((article, profile));
            }

            queue.CompleteAdding();
        });
        var count = 0;
        var maxActive = 0;
        foreach (var (article, profile) in queue.GetConsumingEnumerable())
        {
            assigning.Start();
            if (!ProfileOnly)
            {
                clusterer.Add(article, profile);
            }

            assigning.Stop();
            count++;
            maxActive = Math.Max(maxActive, clusterer.ActiveStories);
        }

        producer.Wait();
        clusterer.Flush();
        watch.Stop();
        var process = Process.GetCurrentProcess();
        var score = ClusterScore.Of(gold.ToDictionary(g => g.Key, g => g.Value.Story, StringComparer.Ordinal), predicted);
        var (p, r, sourceAccuracy) = RewriteScores(gold, derived);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"articles={count} seconds={watch.Elapsed.TotalSeconds:F1} articles_per_s={count / watch.Elapsed.TotalSeconds:F0} peak_working_set_mb={process.PeakWorkingSet64 / (1 << 20)} max_active_stories={maxActive} profiling_s={profiling.Elapsed.TotalSeconds:F1} assigning_s={assigning.Elapsed.TotalSeconds:F1} cpu_s={process.TotalProcessorTime.TotalSeconds:F1} articles_per_cpu_s={count / process.TotalProcessorTime.TotalSeconds:F0}"));
        Console.WriteLine($"stories: {score}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rewrites (copy/excerpt/embed/credit): P={p:F4} R={r:F4} source accuracy={sourceAccuracy:F4}"));
        return 0;
    }

    /// <summary>The shipped defaults; BENCH_CANDIDATES (candidate stories scored) and BENCH_JOIN (join threshold)
    /// override them for experiments.</summary>
    internal static ClusteringOptions Options()
    {
        var options = ClusteringOptions.Default;
        if (Environment.GetEnvironmentVariable("BENCH_CANDIDATES") is { Length: > 0 } candidates)
        {
            options = options with { CandidateStories = int.Parse(candidates, CultureInfo.InvariantCulture) };
        }

        if (Environment.GetEnvironmentVariable("BENCH_NAME_PENALTY") is { Length: > 0 } penalty)
        {
            options = options with { NameConflictPenalty = double.Parse(penalty, CultureInfo.InvariantCulture) };
        }

        if (Environment.GetEnvironmentVariable("BENCH_JOIN") is { Length: > 0 } join)
        {
            options = options with { JoinThreshold = double.Parse(join, CultureInfo.InvariantCulture) };
        }

        return options;
    }

    private static int RunPhases(string input, int limit)
    {
        var gold = LoadGold(Path.ChangeExtension(input, ".gold.tsv"), limit);
        var predicted = new Dictionary<string, string>(StringComparer.Ordinal);
        void Collect(Story story)
        {
            foreach (var id in story.ArticleIds)
            {
                predicted[id] = story.Id;
            }
        }

        var process = Process.GetCurrentProcess();
        var start = process.TotalProcessorTime;
        var items = Read(input).Take(limit).Select(a => (Article: a, Profile: ArticleProfiler.Build(a, Options()))).ToList();
        process.Refresh();
        var profiled = process.TotalProcessorTime;
        var clusterer = new OnlineStoryClusterer(Options(), onRetired: Collect);
        foreach (var (article, profile) in items)
        {
            clusterer.Add(article, profile);
        }

        clusterer.Flush();
        process.Refresh();
        var assigned = process.TotalProcessorTime;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"articles={items.Count} read+profile cpu_s={(profiled - start).TotalSeconds:F2} ({items.Count / (profiled - start).TotalSeconds:F0}/s) assign cpu_s={(assigned - profiled).TotalSeconds:F2} ({items.Count / (assigned - profiled).TotalSeconds:F0}/s)"));
        Console.WriteLine($"stories: {ClusterScore.Of(gold.ToDictionary(g => g.Key, g => g.Value.Story, StringComparer.Ordinal), predicted)}");
        return 0;
    }

    private static (double Precision, double Recall, double SourceAccuracy) RewriteScores(
        Dictionary<string, (string Story, string Role, string Source)> gold, Dictionary<string, string> derived)
    {
        var goldDerived = gold.Where(g => g.Value.Source != "-").ToDictionary(g => g.Key, g => g.Value.Source, StringComparer.Ordinal);
        var hits = derived.Keys.Count(goldDerived.ContainsKey);
        var rightSource = derived.Count(d => goldDerived.TryGetValue(d.Key, out var s) && s == d.Value);
        return (derived.Count == 0 ? 0 : (double)hits / derived.Count, goldDerived.Count == 0 ? 1 : (double)hits / goldDerived.Count, hits == 0 ? 0 : (double)rightSource / hits);
    }

    private static Dictionary<string, (string Story, string Role, string Source)> LoadGold(string path, int limit) =>
        File.ReadLines(path).Take(limit).Select(l => l.Split('\t'))
            .ToDictionary(f => f[0], f => (f[1], f[2], f[3]), StringComparer.Ordinal);

    internal static IEnumerable<Article> Read(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            string? Field(string name) => root.TryGetProperty(name, out var v) ? v.GetString() : null;
            var published = Field("published") is { } p ? DateTime.Parse(p, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal) : (DateTime?)null;
            yield return new Article(
                Field("id")!, path, Field("title") ?? "", Field("text") ?? "", Outlet: Field("outlet"),
                Published: published is { } d ? new PublicationDate(DateOnly.FromDateTime(d), TimeOnly.FromDateTime(d), TimeSpan.Zero) : null,
                PublishedFrom: published is null ? PublishedFrom.None : PublishedFrom.Metadata);
        }
    }
}
