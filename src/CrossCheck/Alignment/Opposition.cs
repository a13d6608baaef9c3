using CrossCheck.Text;

namespace CrossCheck.Alignment;

/// <summary>Two sentences that say the same thing with opposite words in one place ("the index rose" / "the
/// index fell", "voted for" / "voted against" read through "approved" / "rejected"): a word of the claim that found
/// no counterpart and a word of the other sentence that found none are antonyms, of the same word class, with
/// the same words around them on the same sides. The side condition keeps converses apart: "A sold the plant to B"
/// and "B bought the plant from A" have the names on opposite sides of the verbs and do not conflict.</summary>
internal static class Opposition
{
    /// <summary>Content units looked at on each side of the two words.</summary>
    private const int Reach = 3;

    /// <summary>The pair of opposite words ("rose vs fell"), or null when there is none.</summary>
    public static string? Find(TextProfile claim, TextProfile other, PairAlignment alignment, UnitMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(alignment);
        ArgumentNullException.ThrowIfNull(matcher);
        if (AtDifferentTimes(claim, alignment.SimilarityA, other) || AtDifferentTimes(other, alignment.SimilarityB, claim))
        {
            return null;
        }

        for (var i = 0; i < claim.Units.Count; i++)
        {
            var unit = claim.Units[i];
            if (unit.Kind != UnitKind.Word || alignment.SimilarityA[i] >= UnitMatcher.StemScore)
            {
                continue;
            }

            for (var j = 0; j < other.Units.Count; j++)
            {
                var candidate = other.Units[j];
                if (candidate.Kind == UnitKind.Word && alignment.SimilarityB[j] < UnitMatcher.StemScore
                    && SameClass(unit.Class, candidate.Class)
                    && matcher.AreOpposites(unit, candidate)
                    && SameSurroundings(claim, i, other, j, alignment))
                {
                    return $"{unit.Surface} vs {candidate.Surface}";
                }
            }
        }

        return null;
    }

    /// <summary>Opposite words at different times describe different moments, not a clash ("began on Monday" /
    /// "will end on Friday", "rose in March" / "fell in April"): one side dates its event and the other gives a date
    /// that the first one's does not match.</summary>
    private static bool AtDifferentTimes(TextProfile side, IReadOnlyList<double> similarities, TextProfile other)
    {
        if (!other.Units.Any(IsEventDate))
        {
            return false;
        }

        for (var i = 0; i < side.Units.Count; i++)
        {
            if (IsEventDate(side.Units[i]) && similarities[i] <= 0)
            {
                return true;
            }
        }

        return false;

        static bool IsEventDate(AlignmentUnit unit) => unit.Kind == UnitKind.Date && !unit.OfStatement;
    }

    private static bool SameClass(WordClass a, WordClass b) => a == b && a is WordClass.Verb or WordClass.Adjective or WordClass.Noun or WordClass.Adverb;

    /// <summary>The aligned units near word <paramref name="i"/> (within its segment) are aligned with units on the
    /// same side of word <paramref name="j"/>, none on the wrong side, at least one on each side that has any.</summary>
    private static bool SameSurroundings(TextProfile claim, int i, TextProfile other, int j, PairAlignment alignment)
    {
        var consistent = 0;
        foreach (var direction in (ReadOnlySpan<int>)[-1, +1])
        {
            var taken = 0;
            for (var x = i + direction; x >= 0 && x < claim.Units.Count && taken < Reach; x += direction)
            {
                if (claim.Units[x].Segment != claim.Units[i].Segment)
                {
                    break;
                }

                taken++;
                var match = alignment.MatchA[x];
                if (match < 0 || alignment.SimilarityA[x] < SlotFrame.MinimumSimilarity)
                {
                    continue;
                }

                if (Math.Sign(match - j) != direction)
                {
                    return false;
                }

                consistent++;
            }
        }

        return consistent > 0;
    }
}
