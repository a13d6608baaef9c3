namespace CrossCheck.Alignment;

/// <summary>Two quotes of one speaker that may render the same utterance, with the evidence for it.</summary>
internal sealed record QuotePairScore(
    QuoteProfile First,
    QuoteProfile Second,
    double Score,
    double Similarity,
    bool IdenticalWording,
    bool WordingShowsSameUtterance);

/// <summary>Scores a pair of same-speaker quotes from different articles. Wording (aligned content words,
/// in either direction so a fragment matches the full quote), context (the sentences around the quotes)
/// and frame (the words right before and after) are combined; a pair is rejected when one quote's words
/// appear unquoted around the other (it renders that reported speech, not the other quote).</summary>
internal sealed class QuotePairScorer(UnitMatcher matcher)
{
    /// <summary>Wording alone shows the same utterance when this share of one quote aligns with the other.</summary>
    public const double StrongWording = 0.6;

    /// <summary>With different words, the contexts must align at least this much (mean of both directions).</summary>
    public const double MinimumContext = 0.2;

    /// <summary>A quote whose content is this much covered by the unquoted text around the other quote renders
    /// that text.</summary>
    public const double RendersUnquoted = 0.75;

    private const double WordingWeight = 0.5;
    private const double ContextWeight = 0.35;
    private const double FrameWeight = 0.15;

    public QuotePairScore? Score(QuoteProfile a, QuoteProfile b)
    {
        var identical = IsContiguousPart(a.NormalisedWords, b.NormalisedWords) || IsContiguousPart(b.NormalisedWords, a.NormalisedWords);
        var wording = WordAligner.Align(a.Wording, b.Wording, matcher);
        var coverA = WordAligner.Coverage(a.Wording, wording.SimilarityA);
        var coverB = WordAligner.Coverage(b.Wording, wording.SimilarityB);
        var containment = identical ? 1.0 : Math.Max(coverA, coverB);
        if (Unquoted(a.Wording, b.Context) >= Math.Max(RendersUnquoted, containment + 0.01)
            || Unquoted(b.Wording, a.Context) >= Math.Max(RendersUnquoted, containment + 0.01))
        {
            return null;
        }

        var context = MeanCoverage(a.Context, b.Context);
        var frame = FrameSimilarity(a.Frame, b.Frame);
        var strong = identical || containment >= StrongWording;
        if (!strong && (context < MinimumContext || (containment <= 0 && frame <= 0)))
        {
            return null;
        }

        var similarity = identical && a.NormalisedWords.Count == b.NormalisedWords.Count ? 1.0 : (coverA + coverB) / 2;
        var score = (WordingWeight * containment) + (ContextWeight * context) + (FrameWeight * frame);
        return new QuotePairScore(a, b, score, identical ? Math.Max(similarity, containment) : similarity, identical, strong);
    }

    private double Unquoted(TextProfile wording, TextProfile otherContext)
    {
        if (wording.Units.Count == 0)
        {
            return 0;
        }

        var alignment = WordAligner.Align(wording, otherContext, matcher);
        return WordAligner.Coverage(wording, alignment.SimilarityA);
    }

    private double MeanCoverage(TextProfile a, TextProfile b)
    {
        var alignment = WordAligner.Align(a, b, matcher);
        return (WordAligner.Coverage(a, alignment.SimilarityA) + WordAligner.Coverage(b, alignment.SimilarityB)) / 2;
    }

    /// <summary>Share of frame words of the shorter frame that have a similar word in the other frame.</summary>
    private double FrameSimilarity(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var (shorter, longer) = a.Count <= b.Count ? (a, b) : (b, a);
        return shorter.Sum(x => longer.Max(y => matcher.WordSimilarity(x, y))) / shorter.Count;
    }

    /// <summary>True when <paramref name="part"/> occurs in <paramref name="whole"/> as a contiguous run of words.</summary>
    private static bool IsContiguousPart(IReadOnlyList<string> part, IReadOnlyList<string> whole)
    {
        if (part.Count == 0 || part.Count > whole.Count)
        {
            return false;
        }

        for (var i = 0; i + part.Count <= whole.Count; i++)
        {
            var all = true;
            for (var k = 0; k < part.Count && all; k++)
            {
                all = string.Equals(part[k], whole[i + k], StringComparison.Ordinal);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }
}
