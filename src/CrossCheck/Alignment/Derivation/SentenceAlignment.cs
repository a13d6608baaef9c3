namespace CrossCheck.Alignment.Derivation;

/// <summary>A monotone alignment of two texts' units (Gale and Church 1993, over sentence meaning instead of
/// length): units are paired in order, one to one, two to one or one to two (a merged or split sentence), and
/// either text may skip units. A pair counts only when its similarity (cosine of the sentence vectors weighed with
/// the overlap of their content words) reaches <see cref="DerivationThresholds.UnitSimilarity"/>; among the
/// alignments made of such pairs the one with the largest total margin above that bar is kept (dynamic
/// programming over the two texts, O(n·m)).</summary>
internal sealed class SentenceAlignment
{
    private SentenceAlignment(bool[] first, bool[] second, List<AlignedPair> pairs, bool[] firstMoved, bool[] secondMoved, int moved, (bool[] First, bool[] Second) verbatim)
    {
        FirstVerbatim = verbatim.First;
        SecondVerbatim = verbatim.Second;
        FirstAligned = first;
        SecondAligned = second;
        Pairs = pairs;
        MeanCosine = pairs.Count == 0 ? 0 : pairs.Average(p => p.Cosine);
        FirstMoved = firstMoved;
        SecondMoved = secondMoved;
        MovedPairs = moved;
    }

    /// <summary>Which units of the first text are aligned in order.</summary>
    public bool[] FirstAligned { get; }

    /// <summary>Which units of the second text are aligned in order.</summary>
    public bool[] SecondAligned { get; }

    /// <summary>Mean cosine of the pairs aligned in order (merged units as one vector).</summary>
    public double MeanCosine { get; }

    /// <summary>The pairs aligned in order, in text order (a merge is one pair).</summary>
    public IReadOnlyList<AlignedPair> Pairs { get; }

    /// <summary>Units of the first text left out of the ordered alignment that match a left-out unit of the second
    /// elsewhere (a sentence moved): one to one, best first, at the same similarity bar.</summary>
    public bool[] FirstMoved { get; }

    /// <summary>The second text's side of <see cref="FirstMoved"/>.</summary>
    public bool[] SecondMoved { get; }

    /// <summary>Units of the first text aligned only because they fill a gap between aligned pairs (among
    /// <see cref="FirstAligned"/>).</summary>
    public bool[] FirstFilled { get; private init; } = [];

    /// <summary>The second text's side of <see cref="FirstFilled"/>.</summary>
    public bool[] SecondFilled { get; private init; } = [];

    /// <summary>How many moved pairs there are.</summary>
    public int MovedPairs { get; }

    /// <summary>Units of the first text that repeat a unit of the second nearly word for word, wherever it stands
    /// (<see cref="DerivationThresholds.VerbatimCosine"/> and <see cref="DerivationThresholds.VerbatimDice"/>), one to
    /// one, best first: the wording, not only the facts, was taken.</summary>
    public bool[] FirstVerbatim { get; }

    /// <summary>The second text's side of <see cref="FirstVerbatim"/>.</summary>
    public bool[] SecondVerbatim { get; }

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

        var (first1, second1, pairs) = Trace(n, m, step, pairCosine);
        var (firstFilled, secondFilled) = (new bool[n], new bool[m]);
        pairs = FillGaps(first, second, cosine, (first1, second1), (firstFilled, secondFilled), pairs, thresholds);
        var (firstMoved, secondMoved, moved) = Moved(first1, second1, similarity, bar);
        var verbatim = Verbatim(first, second, cosine, thresholds);
        return new SentenceAlignment(first1, second1, pairs, firstMoved, secondMoved, moved, verbatim) { FirstFilled = firstFilled, SecondFilled = secondFilled };
    }

    /// <summary>How much of <paramref name="text"/>'s content the alignment covers, in order and moved: units weighed
    /// by their content words, quotations left out (unless the text is nothing but quotations). InOrder is the share
    /// of the covered content that is aligned in order.</summary>
    public static (double Covered, double InOrder) Coverage(DerivationText text, bool[] aligned, bool[] moved)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(aligned);
        ArgumentNullException.ThrowIfNull(moved);
        var quotedOnly = Enumerable.Range(0, text.Count).All(i => text.Quoted[i]);
        double total = 0, ordered = 0, elsewhere = 0;
        for (var i = 0; i < text.Count; i++)
        {
            if (text.Quoted[i] && !quotedOnly)
            {
                continue;
            }

            var weight = text.Weight(i);
            total += weight;
            ordered += aligned[i] ? weight : 0;
            elsewhere += moved[i] ? weight : 0;
        }

        var covered = ordered + elsewhere;
        return (total > 0 ? covered / total : 0, covered > 0 ? ordered / covered : 0);
    }

    /// <summary>Between two aligned pairs (or before the first, or after the last), a gap of the same one or two
    /// units on both sides whose units face each other at <see cref="DerivationThresholds.GapCosine"/> or more is
    /// aligned too: in a rewrite the sentence that stands where the original's stood, between two sentences both
    /// share, is that sentence reworded, so its place is evidence enough for a looser paraphrase (Gale and Church's
    /// position prior). The gap must be bounded by aligned pairs or a text's edge; quotations are not filled.</summary>
    private static List<AlignedPair> FillGaps(DerivationText first, DerivationText second, float[,] cosine, (bool[] First, bool[] Second) aligned, (bool[] First, bool[] Second) filledUnits, List<AlignedPair> pairs, DerivationThresholds thresholds)
    {
        if (pairs.Count == 0 || thresholds.GapCosine > 1)
        {
            return pairs;
        }

        var filled = new List<AlignedPair>(pairs.Count);
        var (i, j) = (0, 0);
        foreach (var pair in pairs.Append(new AlignedPair(first.Count, 0, second.Count, 0, 0)))
        {
            var (gapFirst, gapSecond) = (pair.FirstStart - i, pair.SecondStart - j);
            if (gapFirst == gapSecond && gapFirst is >= 1 and <= 2
                && Enumerable.Range(0, gapFirst).All(k => !first.Quoted[i + k] && !second.Quoted[j + k] && cosine[i + k, j + k] >= thresholds.GapCosine))
            {
                for (var k = 0; k < gapFirst; k++)
                {
                    Fill(i + k, j + k);
                }
            }
            else if ((i > 0 || j > 0) && pair.FirstCount > 0)
            {
                // An uneven gap inside the shared text: the rewrite cut or added a sentence there, so the place no
                // longer pairs the units; the reworded ones are found by a small monotone alignment at a looser bar.
                foreach (var (k, l) in WithinGap(first, second, cosine, (i, gapFirst), (j, gapSecond), thresholds))
                {
                    Fill(k, l);
                }
            }

            if (pair.FirstCount > 0)
            {
                filled.Add(pair);
            }

            (i, j) = (pair.FirstStart + pair.FirstCount, pair.SecondStart + pair.SecondCount);
        }

        return filled;

        void Fill(int k, int l)
        {
            aligned.First[k] = aligned.Second[l] = true;
            filledUnits.First[k] = filledUnits.Second[l] = true;
            filled.Add(new AlignedPair(k, 1, l, 1, cosine[k, l]));
        }
    }

    /// <summary>Inside an uneven gap between two aligned pairs (up to <see cref="DerivationThresholds.UnevenGapUnits"/>
    /// units on each side, at least one on both), the one-to-one pairs, in order, whose cosine reaches
    /// <see cref="DerivationThresholds.UnevenGapCosine"/>, chosen for the largest total margin above it; quotations
    /// are left out. The two pairs around the gap anchor it: between them a rewrite keeps its original's order, so a
    /// sentence there that means nearly the same is that sentence reworded.</summary>
    private static List<(int First, int Second)> WithinGap(DerivationText first, DerivationText second, float[,] cosine, (int Start, int Count) gapFirst, (int Start, int Count) gapSecond, DerivationThresholds thresholds)
    {
        var found = new List<(int, int)>();
        if (gapFirst.Count < 1 || gapSecond.Count < 1 || Math.Max(gapFirst.Count, gapSecond.Count) > thresholds.UnevenGapUnits)
        {
            return found;
        }

        var (n, m, bar) = (gapFirst.Count, gapSecond.Count, thresholds.UnevenGapCosine);
        var score = new double[n + 1, m + 1];
        for (var a = 1; a <= n; a++)
        {
            for (var b = 1; b <= m; b++)
            {
                var (k, l) = (gapFirst.Start + a - 1, gapSecond.Start + b - 1);
                var take = !first.Quoted[k] && !second.Quoted[l] && cosine[k, l] >= bar
                    ? score[a - 1, b - 1] + cosine[k, l] - bar + 0.001
                    : double.NegativeInfinity;
                score[a, b] = Math.Max(take, Math.Max(score[a - 1, b], score[a, b - 1]));
            }
        }

        for (var (a, b) = (n, m); a > 0 && b > 0;)
        {
            if (score[a, b] == score[a - 1, b])
            {
                a--;
            }
            else if (score[a, b] == score[a, b - 1])
            {
                b--;
            }
            else
            {
                found.Add((gapFirst.Start + a - 1, gapSecond.Start + b - 1));
                (a, b) = (a - 1, b - 1);
            }
        }

        found.Reverse();
        return found;
    }

    /// <summary>Near-verbatim unit pairs anywhere in the two texts, one to one, best first; units mostly inside a
    /// direct quotation are left out (independent reporters quote the same words), and so are short ones (a
    /// formula anyone may write).</summary>
    private static (bool[] First, bool[] Second) Verbatim(DerivationText first, DerivationText second, float[,] cosine, DerivationThresholds thresholds)
    {
        var candidates = new List<(double Cosine, int I, int J)>();
        for (var i = 0; i < first.Count; i++)
        {
            for (var j = 0; j < second.Count; j++)
            {
                if (!first.Quoted[i] && !second.Quoted[j] && cosine[i, j] >= thresholds.VerbatimCosine
                    && Math.Min(first.Words[i].Length, second.Words[j].Length) >= thresholds.VerbatimMinimumWords
                    && Dice(first.Words[i], second.Words[j]) >= thresholds.VerbatimDice)
                {
                    candidates.Add((cosine[i, j], i, j));
                }
            }
        }

        var (firstVerbatim, secondVerbatim) = (new bool[first.Count], new bool[second.Count]);
        foreach (var (_, i, j) in candidates.OrderByDescending(c => c.Cosine).ThenBy(c => c.I).ThenBy(c => c.J))
        {
            if (!firstVerbatim[i] && !secondVerbatim[j])
            {
                firstVerbatim[i] = secondVerbatim[j] = true;
            }
        }

        return (firstVerbatim, secondVerbatim);
    }

    private static (bool[] First, bool[] Second, int Count) Moved(bool[] first, bool[] second, double[,] similarity, double bar)
    {
        var candidates = new List<(double Similarity, int I, int J)>();
        for (var i = 0; i < first.Length; i++)
        {
            for (var j = 0; j < second.Length; j++)
            {
                if (!first[i] && !second[j] && similarity[i, j] >= bar)
                {
                    candidates.Add((similarity[i, j], i, j));
                }
            }
        }

        var (firstMoved, secondMoved) = (new bool[first.Length], new bool[second.Length]);
        var count = 0;
        foreach (var (_, i, j) in candidates.OrderByDescending(c => c.Similarity).ThenBy(c => c.I).ThenBy(c => c.J))
        {
            if (!firstMoved[i] && !secondMoved[j])
            {
                firstMoved[i] = secondMoved[j] = true;
                count++;
            }
        }

        return (firstMoved, secondMoved, count);
    }

    private static (bool[] First, bool[] Second, List<AlignedPair> Pairs) Trace(int n, int m, Step[,] step, double[,] pairCosine)
    {
        var first = new bool[n];
        var second = new bool[m];
        var (i, j) = (n, m);
        var pairs = new List<AlignedPair>();
        while (i > 0 || j > 0)
        {
            var how = step[i, j];
            if (how is Step.OneOne or Step.TwoOne or Step.OneTwo)
            {
                var (firstCount, secondCount) = how switch { Step.TwoOne => (2, 1), Step.OneTwo => (1, 2), _ => (1, 1) };
                pairs.Add(new AlignedPair(i - firstCount, firstCount, j - secondCount, secondCount, pairCosine[i, j]));
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

        pairs.Reverse();
        return (first, second, pairs);
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
