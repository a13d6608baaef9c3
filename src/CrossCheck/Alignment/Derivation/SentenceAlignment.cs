namespace CrossCheck.Alignment.Derivation;

/// <summary>A monotone alignment of two texts' units (Gale and Church 1993, over sentence meaning instead of
/// length): units are paired in order, one to one, two to one or one to two (a merged or split sentence), and
/// either text may skip units. A pair counts only when its similarity (cosine of the sentence vectors weighed with
/// the overlap of their content words) reaches <see cref="DerivationThresholds.UnitSimilarity"/>; among the
/// alignments made of such pairs the one with the largest total margin above that bar is kept (dynamic
/// programming over the two texts, O(n·m)).</summary>
internal sealed class SentenceAlignment
{
    private SentenceAlignment(bool[] first, bool[] second, double meanCosine, int pairs)
    {
        FirstAligned = first;
        SecondAligned = second;
        MeanCosine = meanCosine;
        Pairs = pairs;
    }

    /// <summary>Which units of the first text are aligned.</summary>
    public bool[] FirstAligned { get; }

    /// <summary>Which units of the second text are aligned.</summary>
    public bool[] SecondAligned { get; }

    /// <summary>Mean cosine of the aligned pairs (merged units as one vector).</summary>
    public double MeanCosine { get; }

    /// <summary>How many pairs the alignment has (a merge is one pair).</summary>
    public int Pairs { get; }

    private enum Step : byte
    {
        None,
        SkipFirst,
        SkipSecond,
        OneOne,
        TwoOne,
        OneTwo,
    }

    public static SentenceAlignment Align(DerivationText first, DerivationText second, DerivationThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(thresholds);
        var (n, m) = (first.Count, second.Count);
        var cosine = new float[n, m];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                cosine[i, j] = UnitVectors.Dot(first.Vectors[i], second.Vectors[j]);
            }
        }

        var similarity = new double[n, m];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                similarity[i, j] = Similarity(cosine[i, j], Dice(first.Words[i], second.Words[j]), thresholds);
            }
        }

        var bar = thresholds.UnitSimilarity;
        var floor = thresholds.MergePartCosine;
        var score = new double[n + 1, m + 1];
        var step = new Step[n + 1, m + 1];
        var pairCosine = new double[n + 1, m + 1];
        for (var i = 0; i <= n; i++)
        {
            for (var j = 0; j <= m; j++)
            {
                if (i == 0 && j == 0)
                {
                    continue;
                }

                var best = double.NegativeInfinity;
                var how = Step.None;
                var howCosine = 0.0;
                if (i > 0)
                {
                    (best, how) = (score[i - 1, j], Step.SkipFirst);
                }

                if (j > 0 && score[i, j - 1] > best)
                {
                    (best, how) = (score[i, j - 1], Step.SkipSecond);
                }

                // A small bonus per pair prefers aligning to skipping when the margin is nil.
                if (i > 0 && j > 0 && similarity[i - 1, j - 1] >= bar
                    && score[i - 1, j - 1] + similarity[i - 1, j - 1] - bar + 0.001 is var oneOne && oneOne > best)
                {
                    (best, how, howCosine) = (oneOne, Step.OneOne, cosine[i - 1, j - 1]);
                }

                if (i > 1 && j > 0 && cosine[i - 2, j - 1] >= floor && cosine[i - 1, j - 1] >= floor)
                {
                    var merged = MergedCosine(cosine[i - 2, j - 1], cosine[i - 1, j - 1], first.Adjacent[i - 2]);
                    var value = Similarity(merged, Dice(Union(first.Words[i - 2], first.Words[i - 1]), second.Words[j - 1]), thresholds);
                    if (value >= bar && value > Math.Max(similarity[i - 2, j - 1], similarity[i - 1, j - 1])
                        && score[i - 2, j - 1] + value - bar + 0.002 is var twoOne && twoOne > best)
                    {
                        (best, how, howCosine) = (twoOne, Step.TwoOne, merged);
                    }
                }

                if (i > 0 && j > 1 && cosine[i - 1, j - 2] >= floor && cosine[i - 1, j - 1] >= floor)
                {
                    var merged = MergedCosine(cosine[i - 1, j - 2], cosine[i - 1, j - 1], second.Adjacent[j - 2]);
                    var value = Similarity(merged, Dice(first.Words[i - 1], Union(second.Words[j - 2], second.Words[j - 1])), thresholds);
                    if (value >= bar && value > Math.Max(similarity[i - 1, j - 2], similarity[i - 1, j - 1])
                        && score[i - 1, j - 2] + value - bar + 0.002 is var oneTwo && oneTwo > best)
                    {
                        (best, how, howCosine) = (oneTwo, Step.OneTwo, merged);
                    }
                }

                (score[i, j], step[i, j], pairCosine[i, j]) = (best, how, howCosine);
            }
        }

        return Trace(n, m, step, pairCosine);
    }

    /// <summary>The share of <paramref name="text"/>'s content that <paramref name="aligned"/> covers: units weighed
    /// by their content words, quotations left out (unless the text is nothing but quotations).</summary>
    public static double Coverage(DerivationText text, bool[] aligned)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(aligned);
        double total = 0, covered = 0, allTotal = 0, allCovered = 0;
        for (var i = 0; i < text.Count; i++)
        {
            var weight = text.Weight(i);
            allTotal += weight;
            allCovered += aligned[i] ? weight : 0;
            if (!text.Quoted[i])
            {
                total += weight;
                covered += aligned[i] ? weight : 0;
            }
        }

        return total > 0 ? covered / total : allTotal > 0 ? allCovered / allTotal : 0;
    }

    private static SentenceAlignment Trace(int n, int m, Step[,] step, double[,] pairCosine)
    {
        var first = new bool[n];
        var second = new bool[m];
        var (i, j) = (n, m);
        double cosines = 0;
        var pairs = 0;
        while (i > 0 || j > 0)
        {
            var how = step[i, j];
            if (how is Step.OneOne or Step.TwoOne or Step.OneTwo)
            {
                cosines += pairCosine[i, j];
                pairs++;
            }

            switch (how)
            {
                case Step.SkipFirst:
                    i--;
                    break;
                case Step.SkipSecond:
                    j--;
                    break;
                case Step.OneOne:
                    first[i - 1] = second[j - 1] = true;
                    (i, j) = (i - 1, j - 1);
                    break;
                case Step.TwoOne:
                    first[i - 1] = first[i - 2] = second[j - 1] = true;
                    (i, j) = (i - 2, j - 1);
                    break;
                case Step.OneTwo:
                    first[i - 1] = second[j - 1] = second[j - 2] = true;
                    (i, j) = (i - 1, j - 2);
                    break;
                default:
                    throw new InvalidOperationException("the alignment has no step here");
            }
        }

        return new SentenceAlignment(first, second, pairs == 0 ? 0 : cosines / pairs, pairs);
    }

    private static double Similarity(double cosine, double dice, DerivationThresholds thresholds) =>
        (thresholds.CosineWeight * cosine) + ((1 - thresholds.CosineWeight) * dice);

    /// <summary>Cosine of (a + b) normalised with c, from cos(a, c), cos(b, c) and cos(a, b): |a + b|² = 2 + 2·cos(a, b).</summary>
    private static double MergedCosine(double firstWithOther, double secondWithOther, double firstWithSecond) =>
        (firstWithOther + secondWithOther) / Math.Sqrt(Math.Max(1e-9, 2 + (2 * firstWithSecond)));

    /// <summary>Dice coefficient of two ascending sets of word numbers.</summary>
    internal static double Dice(int[] a, int[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return 2.0 * shared / (a.Length + b.Length);
    }

    private static int[] Union(int[] a, int[] b)
    {
        var union = new List<int>(a.Length + b.Length);
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            if (j >= b.Length || (i < a.Length && a[i] < b[j]))
            {
                union.Add(a[i++]);
            }
            else if (i >= a.Length || b[j] < a[i])
            {
                union.Add(b[j++]);
            }
            else
            {
                union.Add(a[i]);
                i++;
                j++;
            }
        }

        return [.. union];
    }
}
