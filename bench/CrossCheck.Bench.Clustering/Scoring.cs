namespace CrossCheck.Bench.Clustering;

/// <summary>B-cubed and pairwise precision/recall/F1 of a clustering against gold labels (same definitions as
/// the shared score_clustering.py, used here so calibration can score thousands of settings in-process).</summary>
internal sealed record ClusterScore(double BcubedP, double BcubedR, double PairP, double PairR, int Predicted, int Gold)
{
    public double BcubedF1 => F1(BcubedP, BcubedR);

    public double PairF1 => F1(PairP, PairR);

    public static ClusterScore Of(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string> predicted)
    {
        var pred = gold.Keys.ToDictionary(id => id, id => predicted.GetValueOrDefault(id) ?? "__single__" + id, StringComparer.Ordinal);
        var goldSize = gold.Values.GroupBy(c => c, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var predSize = pred.Values.GroupBy(c => c, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var both = gold.Keys.GroupBy(id => (gold[id], pred[id])).ToDictionary(g => g.Key, g => g.Count());
        double bp = 0, br = 0;
        foreach (var id in gold.Keys)
        {
            var inter = both[(gold[id], pred[id])];
            bp += (double)inter / predSize[pred[id]];
            br += (double)inter / goldSize[gold[id]];
        }

        static double Pairs(int k) => k * (k - 1) / 2.0;
        var predPairs = predSize.Values.Sum(Pairs);
        var goldPairs = goldSize.Values.Sum(Pairs);
        var common = both.Values.Sum(Pairs);
        return new ClusterScore(
            bp / gold.Count,
            br / gold.Count,
            predPairs == 0 ? (goldPairs == 0 ? 1 : 0) : common / predPairs,
            goldPairs == 0 ? 1 : common / goldPairs,
            predSize.Count,
            goldSize.Count);
    }

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

    public override string ToString() =>
        $"B3 P={BcubedP:F4} R={BcubedR:F4} F1={BcubedF1:F4} | pair P={PairP:F4} R={PairR:F4} F1={PairF1:F4} | clusters {Predicted}/{Gold}";
}
