using System.Globalization;
using CrossCheck.Clustering;
using CrossCheck.Clustering.Online;

namespace CrossCheck.Bench.Clustering;

/// <summary>Two-fold cross-validation over ECB+ topics (odd / even topic numbers): settings are chosen on one
/// fold by coordinate ascent (each parameter in turn over its grid, two rounds, mean B³ F1 over shuffles) and
/// reported on the other fold; finally chosen on all topics, which gives the shipped defaults.</summary>
internal static class CalibrateCommand
{
    public static int Run(string path, int shuffles)
    {
        var docs = EcbPlusCalibration.Load(path);
        var folds = docs.GroupBy(d => int.Parse(d.Topic, CultureInfo.InvariantCulture) % 2).ToDictionary(g => g.Key, g => g.ToList());
        Console.WriteLine($"{docs.Count} docs, {shuffles} shuffles per setting");
        foreach (var (train, test) in new[] { (0, 1), (1, 0) })
        {
            var (best, trainF1) = Ascend(folds[train], ClusteringOptions.Default, shuffles);
            var testF1 = EcbPlusCalibration.MeanF1(folds[test], best, shuffles);
            var defaultsTest = EcbPlusCalibration.MeanF1(folds[test], ClusteringOptions.Default, shuffles);
            Console.WriteLine($"tuned on {(train == 0 ? "even" : "odd")} topics: {EcbPlusCalibration.Describe(best)} train F1={trainF1:F4} held-out F1={testF1:F4} (shipped defaults on held-out: {defaultsTest:F4})");
        }

        var (all, allF1) = Ascend(docs, ClusteringOptions.Default, shuffles);
        Console.WriteLine($"tuned on all topics: {EcbPlusCalibration.Describe(all)} F1={allF1:F4}");
        return 0;
    }

    private static (ClusteringOptions Best, double F1) Ascend(List<EcbPlusCalibration.Doc> docs, ClusteringOptions start, int shuffles)
    {
        var best = start;
        var bestF1 = EcbPlusCalibration.MeanF1(docs, best, shuffles);
        for (var round = 0; round < 2; round++)
        {
            foreach (var axis in Axes())
            {
                var candidates = axis(best).ToList();
                var scores = new double[candidates.Count];
                Parallel.For(0, candidates.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
                    scores[i] = EcbPlusCalibration.MeanF1(docs, candidates[i], shuffles));
                for (var i = 0; i < candidates.Count; i++)
                {
                    if (scores[i] > bestF1 + 1e-6)
                    {
                        (best, bestF1) = (candidates[i], scores[i]);
                    }
                }
            }

            Console.Error.WriteLine($"  round {round + 1}: {EcbPlusCalibration.Describe(best)} F1={bestF1:F4}");
        }

        return (best, bestF1);
    }

    private static IEnumerable<Func<ClusteringOptions, IEnumerable<ClusteringOptions>>> Axes()
    {
        yield return o => Steps(0.12, 0.50, 0.02).Select(v => o with { JoinThreshold = v });
        yield return o => Steps(0.0, 0.5, 0.05).Select(v => o with { Weights = o.Weights with { Entities = v } });
        yield return o => Steps(0.0, 0.3, 0.05).Select(v => o with { Weights = o.Weights with { Title = v } });
        yield return o => Steps(0.0, 0.3, 0.05).Select(v => o with { Weights = o.Weights with { EventDates = v } });
        yield return o => Steps(0.25, 0.75, 0.05).Append(1.1).Select(v => o with { MergeThreshold = v });
        yield return o => Steps(0.0, 0.9, 0.15).Select(v => o with { NameConflictPenalty = v });
    }

    private static IEnumerable<double> Steps(double from, double to, double step)
    {
        for (var v = from; v <= to + 1e-9; v += step)
        {
            yield return Math.Round(v, 3);
        }
    }
}
