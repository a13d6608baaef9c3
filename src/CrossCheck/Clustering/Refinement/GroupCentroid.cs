namespace CrossCheck.Clustering.Refinement;

/// <summary>The sum of a group's unit article vectors. Cosines are taken against the sum; for a member the sum
/// without its own vector is used (leave-one-out), so a member is not pulled towards a group by itself.</summary>
internal sealed class GroupCentroid
{
    private GroupCentroid(Dictionary<ulong, double> sum, double squaredNorm)
    {
        Sum = sum;
        SquaredNorm = squaredNorm;
    }

    public Dictionary<ulong, double> Sum { get; }

    public double SquaredNorm { get; }

    public static GroupCentroid Of(IEnumerable<ArticleVector> members)
    {
        var sum = new Dictionary<ulong, double>();
        foreach (var member in members)
        {
            for (var i = 0; i < member.Keys.Length; i++)
            {
                sum[member.Keys[i]] = sum.GetValueOrDefault(member.Keys[i]) + member.Weights[i];
            }
        }

        return new GroupCentroid(sum, sum.Values.Sum(v => v * v));
    }

    /// <summary>The keys that weigh most in the group, under which it is indexed for candidate lookup.</summary>
    public IEnumerable<ulong> TopKeys(int count) =>
        Sum.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(count).Select(p => p.Key);

    public double Cosine(ArticleVector article) =>
        SquaredNorm <= 0 ? 0 : article.Dot(Sum) / Math.Sqrt(SquaredNorm);

    /// <summary>Cosine of a member with the rest of its group: |v| = 1, so v·(S − v) = v·S − 1 and
    /// |S − v|² = |S|² − 2 v·S + 1.</summary>
    public double CosineWithout(ArticleVector member)
    {
        var dot = member.Dot(Sum);
        var rest = SquaredNorm - (2 * dot) + 1;
        return rest <= 1e-9 ? 0 : (dot - 1) / Math.Sqrt(rest);
    }

    public double Cosine(GroupCentroid other)
    {
        if (SquaredNorm <= 0 || other.SquaredNorm <= 0)
        {
            return 0;
        }

        var (small, large) = Sum.Count <= other.Sum.Count ? (Sum, other.Sum) : (other.Sum, Sum);
        var dot = 0.0;
        foreach (var (key, value) in small)
        {
            if (large.TryGetValue(key, out var theirs))
            {
                dot += value * theirs;
            }
        }

        return dot / Math.Sqrt(SquaredNorm * other.SquaredNorm);
    }
}
