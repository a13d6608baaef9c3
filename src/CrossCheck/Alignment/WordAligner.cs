namespace CrossCheck.Alignment;

/// <summary>A one-to-one alignment of two texts' units: for each unit, the similarity of the unit it is aligned
/// with (0 when unaligned) and that unit's index (-1 when unaligned).</summary>
internal sealed class PairAlignment(double[] similarityA, int[] matchA, double[] similarityB, int[] matchB)
{
    public IReadOnlyList<double> SimilarityA { get; } = similarityA;

    public IReadOnlyList<int> MatchA { get; } = matchA;

    public IReadOnlyList<double> SimilarityB { get; } = similarityB;

    public IReadOnlyList<int> MatchB { get; } = matchB;

    public PairAlignment Swapped() => new(similarityB, matchB, similarityA, matchA);
}

/// <summary>Monolingual word alignment in the manner of Sultan et al. (2014): candidate unit pairs are scored
/// by lexical similarity, ties broken by contextual evidence (how many neighbours within two positions are
/// themselves similar), then aligned greedily best-first, one to one.</summary>
internal static class WordAligner
{
    /// <summary>Weight of contextual evidence in the ordering (never enough to beat a better lexical match).</summary>
    private const double ContextWeight = 0.04;

    private const int ContextWindow = 2;

    public static PairAlignment Align(TextProfile a, TextProfile b, UnitMatcher matcher) => Align(a, b, matcher, 1.0);

    /// <summary>As <see cref="Align(TextProfile, TextProfile, UnitMatcher)"/>, with loose relatives (two words whose
    /// lexicon relation is weaker than a shared stem: siblings, distant hypernyms) counted at
    /// <paramref name="looseWeight"/> of their score: "treat"/"board" or "consider"/"rate" are related somewhere in
    /// WordNet, and only sentences that are close in meaning make such a link likely to be the intended one.</summary>
    public static PairAlignment Align(TextProfile a, TextProfile b, UnitMatcher matcher, double looseWeight)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var n = a.Units.Count;
        var m = b.Units.Count;
        var similarity = new double[n, m];
        var candidates = new List<(int I, int J, double Score)>();
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                var score = matcher.Similarity(a.Units[i], b.Units[j]);
                if (looseWeight < 1.0 && score < UnitMatcher.StemScore && a.Units[i].Kind == UnitKind.Word && b.Units[j].Kind == UnitKind.Word)
                {
                    score *= looseWeight;
                    score = score >= UnitMatcher.MinimumScore ? score : 0.0;
                }

                similarity[i, j] = score;
            }
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                if (similarity[i, j] > 0)
                {
                    candidates.Add((i, j, similarity[i, j] + (ContextWeight * Context(similarity, i, j, n, m))));
                }
            }
        }

        candidates.Sort((x, y) => y.Score.CompareTo(x.Score));
        var simA = new double[n];
        var simB = new double[m];
        var matchA = Enumerable.Repeat(-1, n).ToArray();
        var matchB = Enumerable.Repeat(-1, m).ToArray();
        foreach (var (i, j, _) in candidates)
        {
            if (matchA[i] >= 0 || matchB[j] >= 0)
            {
                continue;
            }

            matchA[i] = j;
            matchB[j] = i;
            simA[i] = similarity[i, j];
            simB[j] = similarity[i, j];
        }

        SplitNames.Absorb(a, b, simA, matchA, simB, matchB);
        SplitNames.Absorb(b, a, simB, matchB, simA, matchA);
        CountedPeople.Link(a, b, simA, matchA, simB, matchB, matcher);
        return new PairAlignment(simA, matchA, simB, matchB);
    }

    /// <summary>Weighted share of <paramref name="profile"/> covered by the aligned similarities.</summary>
    public static double Coverage(TextProfile profile, IReadOnlyList<double> similarities, Func<AlignmentUnit, bool>? include = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(similarities);
        double covered = 0, total = 0;
        for (var i = 0; i < profile.Units.Count; i++)
        {
            var unit = profile.Units[i];
            if (include is not null && !include(unit))
            {
                continue;
            }

            total += unit.Weight;
            covered += unit.Weight * similarities[i];
        }

        return total <= 0 ? 0 : covered / total;
    }

    private static int Context(double[,] similarity, int i, int j, int n, int m)
    {
        var evidence = 0;
        for (var di = -ContextWindow; di <= ContextWindow; di++)
        {
            for (var dj = -ContextWindow; dj <= ContextWindow; dj++)
            {
                var (x, y) = (i + di, j + dj);
                if (di != 0 && dj != 0 && x >= 0 && x < n && y >= 0 && y < m && similarity[x, y] > 0)
                {
                    evidence++;
                }
            }
        }

        return Math.Min(evidence, 4);
    }
}
