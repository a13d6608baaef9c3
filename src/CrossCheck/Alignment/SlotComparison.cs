using CrossCheck.Analysis.Quantities;

namespace CrossCheck.Alignment;

/// <summary>What the slots that matter say when a claim meets another sentence: the claim's quantities the
/// other sentence confirms, those it contradicts, and its dates that clash. <see cref="FramedQuantityConflict"/>
/// and <see cref="FramedDateConflict"/> are true when a clash is between two slots whose surrounding words
/// match (<see cref="SlotFrame"/>): the two sentences state the same thing with a different figure or date,
/// however much else either says.</summary>
internal sealed record SlotComparison(
    int QuantitiesConfirmed,
    IReadOnlyList<string> Conflicts,
    IReadOnlySet<int> ConflictingUnits,
    bool FramedQuantityConflict = false,
    bool FramedDateConflict = false,
    bool SoleMeasurementConflict = false)
{
    /// <summary>Compares quantities and dates of <paramref name="claim"/> with those of <paramref name="other"/>.
    /// <paramref name="sameStatement"/> says whether the rest of the two sentences aligns well enough that two
    /// figures of unknown subject must be about the same thing.</summary>
    public static SlotComparison Compare(TextProfile claim, TextProfile other, PairAlignment alignment, UnitMatcher matcher, bool sameStatement)
    {
        var confirmed = 0;
        var framed = false;
        var soleConflict = false;
        var conflicts = new List<string>();
        var conflicting = new HashSet<int>();
        var otherQuantities = Indices(other, UnitKind.Quantity);
        var claimQuantities = Indices(claim, UnitKind.Quantity);

        // Figures that agree are paired first, so that a figure the other sentence confirms ("4.25 percent")
        // is not also read as clashing with the claim's other figure ("from 4 percent").
        var confirming = new HashSet<int>();
        var unconfirmed = new List<int>();
        foreach (var i in claimQuantities)
        {
            var quantity = claim.Units[i].Quantity!;
            var match = otherQuantities.FirstOrDefault(j => SameSubject(quantity, other.Units[j].Quantity!, matcher) != false
                && QuantityComparer.Compatible(quantity, other.Units[j].Quantity!) == true, -1);
            if (match >= 0)
            {
                confirmed++;
                confirming.Add(match);
            }
            else
            {
                unconfirmed.Add(i);
            }
        }

        foreach (var i in unconfirmed)
        {
            var quantity = claim.Units[i].Quantity!;
            foreach (var j in otherQuantities.Where(j => !confirming.Contains(j)))
            {
                var otherQuantity = other.Units[j].Quantity!;
                var same = SameSubject(quantity, otherQuantity, matcher);
                if (same == false || QuantityComparer.Compatible(quantity, otherQuantity) != false)
                {
                    continue;
                }

                var sole = SoleMeasurements(claim, i, other, j);
                var frames = sole || SlotFrame.Match(claim, i, other, j, alignment, matcher);
                if (frames || same == true || (sameStatement && claimQuantities.Count == 1 && otherQuantities.Count == 1))
                {
                    conflicts.Add(QuantityComparer.DescribeConflict(quantity, otherQuantity));
                    conflicting.Add(i);
                    framed |= frames;
                    soleConflict |= sole;
                    break;
                }
            }
        }

        var framedDate = CompareDates(claim, other, alignment, matcher, conflicts, conflicting);
        return new SlotComparison(confirmed, conflicts, conflicting, framed, framedDate, soleConflict);
    }

    /// <summary>Physical measurements of one kind (an area, a length, a mass) that are each the only one of their
    /// kind in their sentence are the same slot: "burned 1,200 hectares in the hills" and "destroyed about 1,500
    /// hectares of forest" measure one thing however differently the verbs put it. Counts, money and shares are
    /// left to their frames: a story holds many of those about different things.</summary>
    private static bool SoleMeasurements(TextProfile claim, int i, TextProfile other, int j)
    {
        var baseUnit = claim.Units[i].Quantity!.BaseUnit;
        return MeasuredBaseUnits.Contains(baseUnit)
            && string.Equals(baseUnit, other.Units[j].Quantity!.BaseUnit, StringComparison.Ordinal)
            && CountOf(claim, baseUnit) == 1
            && CountOf(other, baseUnit) == 1;
    }

    // Lengths, masses and areas in their base unit (metres, kilograms, square kilometres: units with a conversion).
    // A sentence rarely holds two places in a ranking either: "sits 17th in the league" / "are 18th in the table".
    private static readonly HashSet<string> MeasuredBaseUnits = new(StringComparer.Ordinal) { "m", "kg", "km2", RankReader.Unit };

    private static int CountOf(TextProfile profile, string baseUnit) =>
        profile.Units.Count(u => u.Kind == UnitKind.Quantity
            && string.Equals(u.Quantity!.BaseUnit, baseUnit, StringComparison.Ordinal));

    private static List<int> Indices(TextProfile profile, UnitKind kind) =>
        Enumerable.Range(0, profile.Units.Count).Where(i => profile.Units[i].Kind == kind).ToList();

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
            || matcher.WordSimilarity(Singular(headA), Singular(headB)) >= UnitMatcher.StemScore
            || IsCompoundOf(headA, headB) || IsCompoundOf(headB, headA);
    }

    /// <summary>English compounds are headed on the right: "dockworkers" are "workers", "shipyards" "yards".</summary>
    private static bool IsCompoundOf(string compound, string head) =>
        head.Length >= MinimumCompoundHead && compound.Length > head.Length + 2
        && compound.EndsWith(head, StringComparison.Ordinal);

    private const int MinimumCompoundHead = 4;

    private static string? Head(string? counts) =>
        counts?.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.ToLowerInvariant();

    private static string Singular(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;

    /// <summary>A date of the claim clashes when it overlaps no date of the other sentence while a date of the
    /// other sentence overlaps no date of the claim (each side has a date the other cannot accommodate).
    /// Returns true when such a pair of dates sits in matching frames.</summary>
    private static bool CompareDates(TextProfile claim, TextProfile other, PairAlignment alignment, UnitMatcher matcher, List<string> conflicts, HashSet<int> conflicting)
    {
        // When a source said something is not a date of what it said: it confirms, never clashes.
        var otherDates = Indices(other, UnitKind.Date).FindAll(o => !other.Units[o].OfStatement);
        var claimDates = Indices(claim, UnitKind.Date).FindAll(c => !claim.Units[c].OfStatement);
        if (otherDates.Count == 0 || claimDates.Count == 0)
        {
            return false;
        }

        var unmatchedOther = otherDates
            .Where(o => claimDates.All(c => TimexInterval.Compatible(claim.Units[c].Key, other.Units[o].Key) == false))
            .ToList();
        if (unmatchedOther.Count == 0)
        {
            return false;
        }

        var recorded = false;
        foreach (var i in claimDates)
        {
            var unit = claim.Units[i];
            if (otherDates.Any(o => TimexInterval.Compatible(unit.Key, other.Units[o].Key) != false))
            {
                continue;
            }

            var framed = unmatchedOther.FirstOrDefault(o => SlotFrame.Match(claim, i, other, o, alignment, matcher), -1);
            if (framed >= 0 || !recorded)
            {
                var against = other.Units[framed >= 0 ? framed : unmatchedOther[0]].Key;
                if (recorded)
                {
                    conflicts.RemoveAt(conflicts.Count - 1);
                }

                conflicts.Add($"{unit.Key} vs {against}");
                conflicting.Add(i);
                recorded = true;
                if (framed >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
