using CrossCheck.Analysis.Quantities;

namespace CrossCheck.Alignment;

/// <summary>What the slots that matter say when a claim meets another sentence: the claim's quantities the
/// other sentence confirms, those it contradicts, and its dates that clash.</summary>
internal sealed record SlotComparison(
    int QuantitiesConfirmed,
    IReadOnlyList<string> Conflicts,
    IReadOnlySet<int> ConflictingUnits)
{
    /// <summary>Compares quantities and dates of <paramref name="claim"/> with those of <paramref name="other"/>.
    /// <paramref name="sameStatement"/> says whether the rest of the two sentences aligns well enough that two
    /// figures of unknown subject must be about the same thing.</summary>
    public static SlotComparison Compare(TextProfile claim, TextProfile other, UnitMatcher matcher, bool sameStatement)
    {
        var confirmed = 0;
        var conflicts = new List<string>();
        var conflicting = new HashSet<int>();
        var otherQuantities = other.Units.Where(u => u.Kind == UnitKind.Quantity).Select(u => u.Quantity!).ToList();
        var claimQuantityCount = claim.Units.Count(u => u.Kind == UnitKind.Quantity);
        for (var i = 0; i < claim.Units.Count; i++)
        {
            if (claim.Units[i].Quantity is not { } quantity)
            {
                continue;
            }

            var subjects = otherQuantities.Select(q => (Other: q, Same: SameSubject(quantity, q, matcher))).ToList();
            if (subjects.Any(s => s.Same != false && QuantityComparer.Compatible(quantity, s.Other) == true))
            {
                confirmed++;
                continue;
            }

            var clash = subjects.FirstOrDefault(s => QuantityComparer.Compatible(quantity, s.Other) == false
                && (s.Same == true || (s.Same is null && sameStatement && claimQuantityCount == 1 && otherQuantities.Count == 1)));
            if (clash.Other is not null)
            {
                conflicts.Add(QuantityComparer.DescribeConflict(quantity, clash.Other));
                conflicting.Add(i);
            }
        }

        CompareDates(claim, other, conflicts, conflicting);
        return new SlotComparison(confirmed, conflicts, conflicting);
    }

    /// <summary>True when both say what they count and it is the same head noun (or a synonym or stem of it),
    /// false when both say and it differs, null when either does not say.</summary>
    internal static bool? SameSubject(QuantityMention a, QuantityMention b, UnitMatcher matcher)
    {
        var headA = Head(a.Counts);
        var headB = Head(b.Counts);
        if (headA is null || headB is null)
        {
            return null;
        }

        return matcher.WordSimilarity(headA, headB) >= UnitMatcher.StemScore
            || matcher.WordSimilarity(Singular(headA), Singular(headB)) >= UnitMatcher.StemScore;
    }

    private static string? Head(string? counts) =>
        counts?.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.ToLowerInvariant();

    private static string Singular(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;

    /// <summary>A date of the claim clashes when it overlaps no date of the other sentence while a date of the
    /// other sentence overlaps no date of the claim (each side has a date the other cannot accommodate).</summary>
    private static void CompareDates(TextProfile claim, TextProfile other, List<string> conflicts, HashSet<int> conflicting)
    {
        var otherDates = other.Units.Where(u => u.Kind == UnitKind.Date).ToList();
        var claimDates = claim.Units.Where(u => u.Kind == UnitKind.Date).ToList();
        if (otherDates.Count == 0 || claimDates.Count == 0)
        {
            return;
        }

        var unmatchedOther = otherDates.FirstOrDefault(o => claimDates.All(c => TimexInterval.Compatible(c.Key, o.Key) == false));
        if (unmatchedOther is null)
        {
            return;
        }

        for (var i = 0; i < claim.Units.Count; i++)
        {
            var unit = claim.Units[i];
            if (unit.Kind == UnitKind.Date && otherDates.All(o => TimexInterval.Compatible(unit.Key, o.Key) == false))
            {
                conflicts.Add($"{unit.Key} vs {unmatchedOther.Key}");
                conflicting.Add(i);
                return;
            }
        }
    }
}
