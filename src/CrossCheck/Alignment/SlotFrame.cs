namespace CrossCheck.Alignment;

/// <summary>Whether two slots (a figure or a date in each sentence) state the same thing, judged by the words
/// around them rather than by the whole sentences: "had rescued 57 people from flooded houses, many of them
/// elderly residents who ..." and "its teams had rescued more than 60 people from flooded houses" give two
/// figures for one statement although the first sentence goes on about something else. The frame of a slot is
/// the nearest <see cref="Reach"/> content units on each side (other figures skipped) within the slot's segment
/// (not across a quotation mark, semicolon or dash); the frames match when
/// the slot's frame is mostly aligned with units inside the other slot's frame, on both sides together or on
/// one side alone (the predicate often sits on one side: "the strike began on Thursday, when crews ...").</summary>
internal static class SlotFrame
{
    /// <summary>Content units taken on each side of a slot.</summary>
    public const int Reach = 3;

    /// <summary>Share of the whole frame's weight that must be aligned inside the other frame.</summary>
    public const double WholeFrameMatch = 0.6;

    /// <summary>Only same words, synonyms and names count in a frame: looser relatives ("boat"/"ferry",
    /// "shore"/"coast") make any two figures of people moved about look alike.</summary>
    public const double MinimumSimilarity = 0.8;

    /// <summary>Share of one side's weight that must be aligned inside the other frame (with at least two units).</summary>
    public const double SideMatch = 0.67;

    public static bool Match(TextProfile a, int slotA, TextProfile b, int slotB, PairAlignment alignment, UnitMatcher matcher)
    {
        var sideA = Side(a, slotA, -1);
        var otherSideA = Side(a, slotA, +1);
        var frameB = new HashSet<int>(Side(b, slotB, -1).Concat(Side(b, slotB, +1)));
        if (frameB.Count == 0)
        {
            // A slot standing alone in its segment ("Monday." or a figure between dashes) has no frame to match.
            return false;
        }

        var left = Score(a, sideA, b, frameB, matcher);
        var right = Score(a, otherSideA, b, frameB, matcher);
        var total = left.Total + right.Total;
        if (total <= 0 || NamesDiffer(a, [.. sideA, .. otherSideA], b, frameB, alignment))
        {
            return false;
        }

        return (left.Aligned + right.Aligned) / total >= WholeFrameMatch
            || left.IsMatch
            || right.IsMatch;
    }

    /// <summary>Each frame names someone or somewhere the other sentence does not mention at all ("rose by 4
    /// metres in Velmora" / "rose by 2 metres in Dunmere"): two statements about different things.</summary>
    private static bool NamesDiffer(TextProfile a, List<int> frameA, TextProfile b, HashSet<int> frameB, PairAlignment alignment) =>
        frameA.Any(i => a.Units[i].Kind == UnitKind.Entity && alignment.MatchA[i] < 0)
        && frameB.Any(j => b.Units[j].Kind == UnitKind.Entity && alignment.MatchB[j] < 0);

    /// <summary>Each unit of the side counts with its best similarity to a unit of the other frame (the
    /// sentence-wide one-to-one alignment may have paired a repeated word elsewhere).</summary>
    private static SideScore Score(TextProfile a, IReadOnlyList<int> side, TextProfile b, HashSet<int> frameB, UnitMatcher matcher)
    {
        double total = 0, aligned = 0;
        var count = 0;
        foreach (var i in side)
        {
            var weight = a.Units[i].Weight;
            total += weight;
            var best = frameB.Max(j => matcher.Similarity(a.Units[i], b.Units[j]));
            if (best >= MinimumSimilarity)
            {
                aligned += weight * best;
                count++;
            }
        }

        return new SideScore(total, aligned, count >= 2 && total > 0 && aligned / total >= SideMatch);
    }

    /// <summary>The nearest content units on one side of <paramref name="slot"/>, figures skipped.</summary>
    private static List<int> Side(TextProfile profile, int slot, int direction)
    {
        var units = new List<int>(Reach);
        var segment = profile.Units[slot].Segment;
        for (var i = slot + direction; i >= 0 && i < profile.Units.Count && units.Count < Reach; i += direction)
        {
            if (profile.Units[i].Segment != segment)
            {
                break;
            }

            if (profile.Units[i].Kind != UnitKind.Quantity)
            {
                units.Add(i);
            }
        }

        return units;
    }

    private readonly record struct SideScore(double Total, double Aligned, bool IsMatch);
}
