using CrossCheck.Analysis.Quantities;
using CrossCheck.Text;

namespace CrossCheck.Alignment;

/// <summary>One figure of one thing told by two reports with different words ("The 34-metre boat had 11 crew aboard" /
/// "There were 12 men on board"; "has tied 19 fires" / "Fourteen blazes have been linked"): the sentences may share
/// too little for the judge to relate them, and their embeddings may be far apart. A figure's slot is what it counts
/// and what its clause says of it: one outcome counting the same thing (<see cref="SlotComparison.SameThing"/>: any
/// people, "lives" for the dead: "killing one miner" / "Two miners died" / "The collapse claimed one life", decision 420),
/// or, for counts of no outcome, the same counted noun with the same or a synonymous predicate or event noun
/// (<see cref="SlotComparison.SamePredicate"/>), or people (any people noun: crew, men, fishermen) in clauses that only
/// say how many there were (<see cref="EventSlot.Presence"/>). Each report usually states a slot once, so
/// two figures clash across two independent reports only when each is the one figure of that slot in its report
/// (a mutual best match: a report that counts the men aboard twice, or the dead of two events, is left to the
/// judge), their values cannot both hold, and their scopes allow it (<see cref="SlotComparison.ScopesAllowClash"/>:
/// places, dates, a part of a whole; names; an addition to a count only with another addition). Decision 322.</summary>
internal static class FigureSlots
{
    /// <summary>Slot figures of a story compared pairwise at most; a larger story is left to the judge alone, so the
    /// work stays bounded (the development stories hold 10–60).</summary>
    public const int MaxFigures = 600;

    private sealed record Figure(ClaimRecord Claim, int Unit)
    {
        public AlignmentUnit Of => Claim.Profile.Units[Unit];
    }

    /// <summary>The clashes found, each once per side: (claim index, judgement of the other claim contradicting it).</summary>
    public static List<(int Claim, Judgement Clash)> Clashes(
        IReadOnlyList<ClaimRecord> claims,
        UnitMatcher matcher,
        Func<string, string, bool> independent,
        Func<ClaimRecord, ClaimRecord, PairAlignment> align)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(independent);
        ArgumentNullException.ThrowIfNull(align);
        var found = new List<(int, Judgement)>();
        var figures = claims.SelectMany(c => Enumerable.Range(0, c.Profile.Units.Count).Where(i => IsSlotFigure(c.Profile.Units[i])).Select(i => new Figure(c, i))).ToList();
        if (figures.Count > MaxFigures)
        {
            return found;
        }

        var byArticle = figures.GroupBy(f => f.Claim.ArticleId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        for (var x = 0; x < figures.Count; x++)
        {
            for (var y = x + 1; y < figures.Count; y++)
            {
                var (a, b) = (figures[x], figures[y]);
                if (string.Equals(a.Claim.ArticleId, b.Claim.ArticleId, StringComparison.Ordinal)
                    || QuantityComparer.Compatible(a.Of.Quantity!, b.Of.Quantity!) != false
                    || !SameSlot(a, b, matcher)
                    || !independent(a.Claim.ArticleId, b.Claim.ArticleId)
                    || !OnlyOneOfTheSlot(a, b, byArticle[a.Claim.ArticleId], matcher)
                    || !OnlyOneOfTheSlot(b, a, byArticle[b.Claim.ArticleId], matcher))
                {
                    continue;
                }

                found.Add((a.Claim.Index, Clash(a, b, align)));
                found.Add((b.Claim.Index, Clash(b, a, align)));
            }
        }

        return found;
    }

    /// <summary>A count that says what it counts, or a distance from a named or described place (<see cref="IsDistance"/>),
    /// stated on its own (not a restatement in brackets).</summary>
    private static bool IsSlotFigure(AlignmentUnit unit) =>
        unit is { Kind: UnitKind.Quantity, Quantity: { Restates: null } quantity, Slot: { } }
        && ((quantity.Dimension == QuantityDimension.Count && SlotComparison.Head(quantity.Counts) is not null) || IsDistance(unit));

    /// <summary>A length measured from a place ("sank 25 miles off the cape", "was some 37 miles off Cape Strell", "35
    /// miles southwest of Bandar Abbas") whose clause names no other place: where the event happened, told as its distance
    /// from a landmark. A clause that names another place gives that place's distance ("the village of Olm, 15 km from
    /// Tarsk"), not the event's.</summary>
    private static bool IsDistance(AlignmentUnit unit) =>
        unit is { Quantity.Dimension: QuantityDimension.Length, Slot.Scope: { } scope }
        && (scope.Reference is not null || scope.ReferenceNoun is not null) && !scope.PlacesAName
        && scope.Places.All(p => string.Equals(p, scope.Reference, StringComparison.Ordinal));

    /// <summary>Two distances measured from one place: the same name, the same described noun ("the cape" / "the cape"),
    /// or a noun that is a word of the other's name ("off the cape" / "off Cape Strell").</summary>
    private static bool SameReference(TextProfile profileA, SlotScope a, TextProfile profileB, SlotScope b)
    {
        if (a.Reference is { } nameA && b.Reference is { } nameB)
        {
            return string.Equals(nameA, nameB, StringComparison.Ordinal);
        }

        if (a.ReferenceNoun is { } nounA && b.ReferenceNoun is { } nounB)
        {
            return string.Equals(nounA, nounB, StringComparison.OrdinalIgnoreCase);
        }

        static bool NounOfName(TextProfile named, string? name, string? noun) =>
            name is not null && noun is not null
            && SlotScope.WordsOfName(named, name) is { } words
            && words.Contains(noun, StringComparer.OrdinalIgnoreCase);
        return NounOfName(profileA, a.Reference, b.ReferenceNoun) || NounOfName(profileB, b.Reference, a.ReferenceNoun);
    }

    /// <summary>No other figure of <paramref name="figure"/>'s report is of the slot <paramref name="other"/> states:
    /// the report states it once.</summary>
    private static bool OnlyOneOfTheSlot(Figure figure, Figure other, List<Figure> report, UnitMatcher matcher) =>
        !report.Exists(f => f != figure && SameSlot(f, other, matcher));

    /// <summary>Whether two figures count one thing in one frame, with scopes and names that let them clash.</summary>
    private static bool SameSlot(Figure a, Figure b, UnitMatcher matcher) => SameSlot(a.Claim.Profile, a.Unit, b.Claim.Profile, b.Unit, matcher);

    internal static bool SameSlot(TextProfile profileA, int i, TextProfile profileB, int j, UnitMatcher matcher)
    {
        var (a, b) = (profileA.Units[i], profileB.Units[j]);
        if (a.Slot is not { } slotA || b.Slot is not { } slotB || slotA.Additive != slotB.Additive || slotA.Scope.Wide != slotB.Scope.Wide)
        {
            return false;
        }

        // The distance of one event from one place: its location, however the verbs put it ("sank 25 miles off the
        // cape" / "The trawler was some 37 miles off Cape Strell").
        if (IsDistance(a) || IsDistance(b))
        {
            return IsDistance(a) && IsDistance(b) && SameReference(profileA, slotA.Scope, profileB, slotB.Scope)
                && SlotComparison.MayClash(profileA, i, profileB, j, sameHead: true, matcher);
        }

        // Any two people nouns in the frame of presence ("11 crew aboard" / "12 men on board"); otherwise the same
        // counted noun with one happening ("tied 19 fires" / "Fourteen blazes have been linked"). Counts of one outcome
        // are of one slot when they count the same thing (SameThing: any people, "lives" for the dead).
        var sameHead = SlotComparison.SameSubject(a.Quantity!, b.Quantity!, matcher) == true;
        if (slotA.Outcome != OutcomeSlot.None || slotB.Outcome != OutcomeSlot.None)
        {
            // Two kinds of person ("12 protesters" / "3 smugglers" arrested) are two counts; people of no kind, or the
            // outcome itself ("lives", "deaths"), may be either.
            if (slotA.Outcome != slotB.Outcome || SlotComparison.SameThing(a, b, matcher) != true
                || !(sameHead || slotA.People is null || slotB.People is null || AnyPeople(a.Quantity!) || AnyPeople(b.Quantity!)))
            {
                return false;
            }
        }
        else if (!(SamePresence(slotA, slotB) && (sameHead || AnyPeople(a.Quantity!) || AnyPeople(b.Quantity!)))
            && (!sameHead || slotA.People != slotB.People || !SameHappening(slotA, slotB, matcher)))
        {
            return false;
        }

        return SlotComparison.MayClash(profileA, i, profileB, j, sameHead, matcher)
            && !SlotComparison.NarrowedToAPlace(profileA, a, profileB) && !SlotComparison.NarrowedToAPlace(profileB, b, profileA);
    }

    /// <summary>The same or a synonymous predicate or event noun (<see cref="SlotComparison.SamePredicate"/>), a light
    /// verb (<see cref="EventWords.LightVerbs"/>) only as the same word.</summary>
    private static bool SameHappening(EventSlot a, EventSlot b, UnitMatcher matcher)
    {
        static bool Light(string? verb) => verb is not null && EventWords.LightVerbs.Contains(verb);
        if (Light(a.Predicate) || Light(b.Predicate) || Light(a.Governor) || Light(b.Governor))
        {
            return string.Equals(a.Predicate, b.Predicate, StringComparison.Ordinal) && a.Predicate is not null;
        }

        return SlotComparison.SamePredicate(a, b, matcher);
    }

    /// <summary>Both clauses only say how many people there were (<see cref="EventSlot.Presence"/>): things are many in
    /// a story in that frame ("five cables", "two lines"), the people aboard or present rarely more than once.</summary>
    private static bool SamePresence(EventSlot a, EventSlot b) => a.Presence && b.Presence && a.People == true && b.People == true;

    /// <summary>A count of people named without saying which (<see cref="EventWords.PeopleNouns"/>: "people", "crew") or
    /// by sex alone ("men", "women", <see cref="EventWords.SexNouns"/>): it can be the same count as one of a kind of person
    /// ("11 crew aboard" / "12 men on board"). Two kinds ("40 protesters outside" / "6 guards at the gate") are two counts.</summary>
    private static bool AnyPeople(QuantityMention quantity) =>
        SlotComparison.Head(quantity.Counts) is { } head && (EventWords.PeopleNouns.Contains(head) || EventWords.SexNouns.Contains(head));

    private static Judgement Clash(Figure claim, Figure other, Func<ClaimRecord, ClaimRecord, PairAlignment> align)
    {
        var alignment = align(claim.Claim, other.Claim);
        var coverage = WordAligner.Coverage(claim.Claim.Profile, alignment.SimilarityA);
        var reverse = WordAligner.Coverage(other.Claim.Profile, alignment.SimilarityB);
        return new Judgement(other.Claim, EvidenceRelation.Contradicts, coverage, reverse,
            [QuantityComparer.DescribeConflict(claim.Of.Quantity!, other.Of.Quantity!)], alignment.SimilarityA, 0, IsPiece: false,
            Sides: [SlotComparison.SidesOf(claim.Claim.Profile, claim.Unit, other.Claim.Profile, other.Unit)]);
    }
}
