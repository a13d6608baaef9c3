namespace CrossCheck.Clustering.Refinement;

/// <summary>Splits a group that holds two events of one kind (two DUI arrests of players of one team, two
/// piracy attacks in one gulf), which an online pass merges when the second event's first report arrives close to
/// the first event's story. The group is bisected (2-means from its least similar pairs) and split when the
/// average similarity across the halves is well below the average similarity within them; the halves are then
/// tested the same way.</summary>
internal sealed class StorySplitter(RefinementOptions options)
{
    private const int SeedPairs = 3;
    private const int Iterations = 10;

    public List<List<int>> Split(List<int> group, IReadOnlyList<ArticleVector> vectors)
    {
        if (group.Count < 2 * options.MinSplitPart || group.Count > options.MaxSplitSize)
        {
            return [group];
        }

        var similarity = Similarities(group, vectors);
        var result = new List<List<int>>();
        Recurse(Enumerable.Range(0, group.Count).ToList());
        return result;

        void Recurse(List<int> members)
        {
            if (members.Count >= 2 * options.MinSplitPart && Bisect(members, similarity, vectors, group) is { } halves && halves.Ratio < options.SplitRatio)
            {
                Recurse(halves.First);
                Recurse(halves.Second);
            }
            else
            {
                result.Add([.. members.Select(m => group[m])]);
            }
        }
    }

    /// <summary>The best bisection of a whole group and its ratio (for diagnostics and tests).</summary>
    internal (List<int> First, List<int> Second, double Ratio)? Bisect(List<int> group, IReadOnlyList<ArticleVector> vectors)
    {
        var similarity = Similarities(group, vectors);
        return Bisect(Enumerable.Range(0, group.Count).ToList(), similarity, vectors, group) is { } h
            ? ([.. h.First.Select(m => group[m])], [.. h.Second.Select(m => group[m])], h.Ratio)
            : null;
    }

    private static double[,] Similarities(List<int> group, IReadOnlyList<ArticleVector> vectors)
    {
        var similarity = new double[group.Count, group.Count];
        for (var a = 0; a < group.Count; a++)
        {
            for (var b = a + 1; b < group.Count; b++)
            {
                similarity[a, b] = similarity[b, a] = vectors[group[a]].Dot(vectors[group[b]]);
            }
        }

        return similarity;
    }

    private (List<int> First, List<int> Second, double Ratio)? Bisect(List<int> members, double[,] similarity, IReadOnlyList<ArticleVector> vectors, List<int> group)
    {
        var seeds = new List<(double Similarity, int A, int B)>();
        for (var a = 0; a < members.Count; a++)
        {
            for (var b = a + 1; b < members.Count; b++)
            {
                seeds.Add((similarity[members[a], members[b]], members[a], members[b]));
            }
        }

        (List<int> First, List<int> Second, double Ratio)? best = null;
        foreach (var (_, a, b) in seeds.OrderBy(s => s.Similarity).ThenBy(s => s.A).ThenBy(s => s.B).Take(SeedPairs))
        {
            var (first, second) = TwoMeans(members, a, b, vectors, group);
            if (first.Count < options.MinSplitPart || second.Count < options.MinSplitPart)
            {
                continue;
            }

            var ratio = Average(first, second, similarity) / ((Average(first, first, similarity) + Average(second, second, similarity)) / 2);
            if (best is null || ratio < best.Value.Ratio)
            {
                best = (first, second, ratio);
            }
        }

        return best;
    }

    private static (List<int> First, List<int> Second) TwoMeans(List<int> members, int seedA, int seedB, IReadOnlyList<ArticleVector> vectors, List<int> group)
    {
        List<int> first = [seedA], second = [seedB];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var centreA = GroupCentroid.Of(first.Select(m => vectors[group[m]]));
            var centreB = GroupCentroid.Of(second.Select(m => vectors[group[m]]));
            var nextFirst = new List<int>();
            var nextSecond = new List<int>();
            foreach (var m in members)
            {
                (centreA.Cosine(vectors[group[m]]) >= centreB.Cosine(vectors[group[m]]) ? nextFirst : nextSecond).Add(m);
            }

            if (nextFirst.Count == 0 || nextSecond.Count == 0 || nextFirst.SequenceEqual(first))
            {
                break;
            }

            (first, second) = (nextFirst, nextSecond);
        }

        return (first, second);
    }

    /// <summary>Average pairwise similarity between two sets (within one set when both are the same list).</summary>
    private static double Average(List<int> first, List<int> second, double[,] similarity)
    {
        var same = ReferenceEquals(first, second);
        var sum = 0.0;
        var pairs = 0;
        for (var i = 0; i < first.Count; i++)
        {
            for (var j = same ? i + 1 : 0; j < second.Count; j++)
            {
                sum += similarity[first[i], second[j]];
                pairs++;
            }
        }

        return pairs == 0 ? 0 : sum / pairs;
    }
}
