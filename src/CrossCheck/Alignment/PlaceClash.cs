using CrossCheck.Text;

namespace CrossCheck.Alignment;

/// <summary>Two sentences that put one event, or one person's origin, in two places: "the ferry sank off the coast of
/// Crete" / "the ferry sank off the coast of Malta", "a miner from Brelton" / "a miner from Oskarsby" (decision 480).
/// Each place is a name a place preposition introduces (<see cref="AlignmentUnit.PlacePreposition"/>); the role is the
/// same when a word shortly before each place (the event's verb or noun; for "from" a noun denoting a person) is aligned
/// with its counterpart, so the two places answer one question. The places must be different: other entities sharing no
/// word ("Alexandria" / "the Alexandria cable station" is one place), and neither sentence names the other's place (a
/// sentence naming both may hold both parts of an event, or say one is in the other). Containment is unknown for most
/// pairs of names, so the mechanism is conservative: two places clash only under the same point preposition ("near",
/// "off", "at", "outside", "from") with the same frame noun or none ("off the coast of Sicily" / "off Palermo" do not) when
/// neither is a place whose clock zone is known (<see cref="PlaceZones"/>: a country or a region, which may hold the
/// other; a name followed by one, "Alexandria, Egypt", takes its zone) or both are with different zones (an origin,
/// "from", whatever frames its place: "a nurse from the village of Pellary" / "a nurse from Coldharbour"); "in" and two different prepositions
/// clash only when both places have known, different zones ("in Peru" / "in Chile"). Statements at different times and
/// names in background or negated clauses are left alone.</summary>
internal static class PlaceClash
{
    /// <summary>Units looked at before a place for the word its role hangs on.</summary>
    private const int AnchorReach = 3;

    /// <summary>The two places ("Crete vs Malta"), or null when there is no such clash. A clash needs the two sentences
    /// to be about the same event (<paramref name="sameEvent"/>).</summary>
    public static string? Find(TextProfile claim, TextProfile other, PairAlignment alignment, UnitMatcher matcher, Func<bool> sameEvent)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(alignment);
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(sameEvent);
        for (var i = 0; i < claim.Units.Count; i++)
        {
            if (!IsPlace(claim.Units[i]))
            {
                continue;
            }

            for (var j = 0; j < other.Units.Count; j++)
            {
                var (a, b) = (claim.Units[i], other.Units[j]);
                if (IsPlace(b) && SameRole(a.PlacePreposition!, b.PlacePreposition!) && Different(a, b)
                    && !Mentions(other, a) && !Mentions(claim, b) && MayExclude(a, Zone(claim, i), b, Zone(other, j))
                    && Anchored(claim, i, other, j, alignment, matcher)
                    && !Opposition.AtDifferentTimes(claim, alignment.SimilarityA, other) && !Opposition.AtDifferentTimes(other, alignment.SimilarityB, claim)
                    && sameEvent())
                {
                    return $"{a.Surface} vs {b.Surface}";
                }
            }
        }

        return null;
    }

    private static bool IsPlace(AlignmentUnit unit) =>
        unit is { Kind: UnitKind.Entity, PlacePreposition: not null, InNegationScope: false, Background: false };

    /// <summary>A person's origin ("from") only with an origin, a location only with a location.</summary>
    private static bool SameRole(string a, string b) => IsOrigin(a) == IsOrigin(b);

    private static bool IsOrigin(string preposition) => string.Equals(Preposition(preposition), "from", StringComparison.Ordinal);

    /// <summary>The preposition without a frame noun ("off" of "off coast").</summary>
    private static string Preposition(string placePreposition) => placePreposition.Split(' ')[0];

    /// <summary>Two entities sharing no word.</summary>
    private static bool Different(AlignmentUnit a, AlignmentUnit b) =>
        !string.Equals(a.Key, b.Key, StringComparison.Ordinal)
        && !(a.SurfaceWords ?? []).Intersect(b.SurfaceWords ?? [], StringComparer.Ordinal).Any();

    /// <summary>The sentence names the place (the same entity, or a name sharing a word with it).</summary>
    private static bool Mentions(TextProfile side, AlignmentUnit place) =>
        side.Units.Any(u => u.Kind == UnitKind.Entity && !Different(u, place));

    /// <summary>Whether the two places may be taken to exclude each other, containment being unknown for most names (see
    /// the class summary).</summary>
    private static bool MayExclude(AlignmentUnit a, string? zoneA, AlignmentUnit b, string? zoneB)
    {
        if (zoneA is not null && zoneB is not null)
        {
            return !string.Equals(zoneA, zoneB, StringComparison.Ordinal);
        }

        return zoneA is null && zoneB is null && (string.Equals(a.PlacePreposition, b.PlacePreposition, StringComparison.Ordinal) || IsOrigin(a.PlacePreposition!))
            && ContextTypeWords.PlacePrepositions.GetValueOrDefault(Preposition(a.PlacePreposition!));
    }

    /// <summary>The clock zone of place <paramref name="i"/>: its own, else that of a name right after it that no
    /// preposition introduces, the larger place it is said to lie in ("Alexandria, Egypt").</summary>
    private static string? Zone(TextProfile side, int i) =>
        PlaceZones.Default.ZoneOf(side.Units[i].Surface)
        ?? (i + 1 < side.Units.Count && side.Units[i + 1] is { Kind: UnitKind.Entity, PlacePreposition: null } next
            && next.Segment == side.Units[i].Segment ? PlaceZones.Default.ZoneOf(next.Surface) : null);

    /// <summary>A word within <see cref="AnchorReach"/> units before place <paramref name="i"/> in its segment, with no
    /// other name between, is aligned at stem strength or more with such a word before place <paramref name="j"/>: for
    /// an origin a noun denoting a person ("a foreman from"), else any content word (the verb or noun of the event).</summary>
    private static bool Anchored(TextProfile claim, int i, TextProfile other, int j, PairAlignment alignment, UnitMatcher matcher)
    {
        var origin = IsOrigin(claim.Units[i].PlacePreposition!);
        foreach (var k in Before(claim, i))
        {
            var m = alignment.MatchA[k];
            if (m >= 0 && alignment.SimilarityA[k] >= UnitMatcher.StemScore && Before(other, j).Contains(m)
                && (!origin || matcher.IsPersonNoun(claim.Units[k].Key)))
            {
                return true;
            }
        }

        return false;
    }

    private static List<int> Before(TextProfile side, int place)
    {
        var found = new List<int>();
        for (var k = place - 1; k >= 0 && k >= place - AnchorReach && side.Units[k].Segment == side.Units[place].Segment; k--)
        {
            if (side.Units[k].Kind != UnitKind.Word)
            {
                break;
            }

            found.Add(k);
        }

        return found;
    }
}
