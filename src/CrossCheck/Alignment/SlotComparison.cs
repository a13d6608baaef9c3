using CrossCheck.Analysis.Quantities;
using CrossCheck.Analysis.Time;
using CrossCheck.Text;

namespace CrossCheck.Alignment;

/// <summary>The two sides of one clash, as the texts state them ("killing two dock workers" / "three people
/// died"), for the reason a verdict gives, with the units that clash in each profile when known (-1 when not): the story-level
/// slot transitivity (<see cref="SlotTransitivity"/>) reads which figure or date of each sentence the judge found in conflict.</summary>
internal sealed record ConflictSides(string Claim, string Other, int ClaimUnit = -1, int OtherUnit = -1);

/// <summary>What the slots that matter say when a claim meets another sentence: the claim's quantities the
/// other sentence confirms, those it contradicts, and its dates that clash. <see cref="FramedQuantityConflict"/>
/// and <see cref="FramedDateConflict"/> are true when a clash is between two slots whose surrounding words
/// match (<see cref="SlotFrame"/>): the two sentences state the same thing with a different figure or date,
/// however much else either says. <see cref="EventSlotConflict"/> is true when a clash is between two figures of
/// one outcome ("killed two" / "three died") or two dates of one date slot ("suspended until Monday" / "would
/// reopen on Wednesday") with the same scope (<see cref="EventSlot"/>): the same fact told with other predicates,
/// a contradiction when the sentences are about the same event. <see cref="Sides"/> holds the texts of each
/// clash, in the order of <see cref="Conflicts"/>.</summary>
internal sealed record SlotComparison(
    int QuantitiesConfirmed,
    IReadOnlyList<string> Conflicts,
    IReadOnlySet<int> ConflictingUnits,
    bool FramedQuantityConflict = false,
    bool FramedDateConflict = false,
    bool SoleMeasurementConflict = false,
    bool EventSlotConflict = false,
    IReadOnlyList<ConflictSides>? Sides = null)
{
    /// <summary>Compares quantities and dates of <paramref name="claim"/> with those of <paramref name="other"/>.
    /// <paramref name="sameStatement"/> says whether the rest of the two sentences aligns well enough that two
    /// figures of unknown subject must be about the same thing. <paramref name="closeInMeaning"/> says whether the two
    /// sentences are close in meaning by their embeddings (<see cref="AlignmentThresholds.SameFigureCosine"/>): then an
    /// equal figure of people confirms the claim's even when the two name the people with nouns the lexicon does not link
    /// ("two survivors" / "two of the rescued men", "a 15-year member" / "a 15-year veteran"); see
    /// <see cref="PeopleOnBothSides"/>. <paramref name="paraphrase"/> says whether they are paraphrases by their embeddings
    /// (<see cref="AlignmentThresholds.ParaphraseCosine"/>): then an equal count of things confirms too ("collected from
    /// four points" / "available at four sites"), unless the two count different outcomes (<see cref="OfOneOutcome"/>).</summary>
    public static SlotComparison Compare(TextProfile claim, TextProfile other, PairAlignment alignment, UnitMatcher matcher, bool sameStatement, bool closeInMeaning = false, bool paraphrase = false)
    {
        var confirmed = 0;
        var framed = false;
        var soleConflict = false;
        var eventConflict = false;
        var conflicts = new List<string>();
        var sides = new List<ConflictSides>();
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
            var match = otherQuantities.FirstOrDefault(j => (SameThing(claim.Units[i], other.Units[j], matcher) != false
                    || CountsOfOnePeople(quantity, other.Units[j].Quantity!, matcher)
                    || (closeInMeaning && OfOneOutcome(claim.Units[i], other.Units[j]) && (paraphrase || PeopleOnBothSides(claim.Units[i], other.Units[j]))))
                && Compatible(claim, i, other, j) == true, -1);
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

        var confirmedFigures = claimQuantities.Where(i => !unconfirmed.Contains(i)).Select(i => FigureOf(claim.Units[i])).ToHashSet();
        foreach (var i in unconfirmed.Where(i => !confirmedFigures.Contains(FigureOf(claim.Units[i]))))
        {
            var quantity = claim.Units[i].Quantity!;
            foreach (var j in otherQuantities.Where(j => !confirming.Contains(j)))
            {
                var otherQuantity = other.Units[j].Quantity!;
                var same = SameThing(claim.Units[i], other.Units[j], matcher);
                if (same == false || Compatible(claim, i, other, j) != false
                    || !MayClash(claim, i, other, j, SameSubject(quantity, otherQuantity, matcher) == true, matcher))
                {
                    continue;
                }

                var sole = SoleMeasurements(claim, i, other, j);
                var frames = sole || SlotFrame.Match(claim, i, other, j, alignment, matcher);
                var outcome = SameOutcome(claim.Units[i], other.Units[j], matcher);
                var crowd = SoleCountsOfOnePeople(claim, i, other, j, matcher)
                    || SoleCountsOfOneThing(claim, i, other, j, matcher);
                if (frames || same == true || outcome || crowd || (sameStatement && claimQuantities.Count == 1 && otherQuantities.Count == 1))
                {
                    conflicts.Add(QuantityComparer.DescribeConflict(quantity, otherQuantity));
                    sides.Add(SidesOf(claim, i, other, j));
                    conflicting.Add(i);
                    framed |= frames;
                    // Two measurements of one dimension with one predicate are one slot like a sole measurement is:
                    // a part of the sentences in common is enough ("He served four and a half months" / "after
                    // serving more than four years for his role in the scandal").
                    soleConflict |= sole || (outcome && claim.Units[i].Slot!.Outcome == OutcomeSlot.None && SameMeasure(quantity, otherQuantity));
                    eventConflict |= outcome || crowd || (sole && OneMeasurePerEvent(quantity));
                    break;
                }
            }
        }

        // Two sentences that give one verb different dates and different figures of one kind more likely tell two
        // happenings ("killed two on Friday" / "last year a fire killed five") than one.
        var figuresDiffer = claimQuantities.Any(i => otherQuantities.Any(j => Compatible(claim, i, other, j) == false));
        var dates = CompareDates(claim, other, alignment, matcher, conflicts, sides, conflicting, !figuresDiffer);
        return new SlotComparison(confirmed, conflicts, conflicting, framed, dates.Framed, soleConflict, eventConflict || dates.EventSlot, sides);
    }

    /// <summary>The figure a quantity unit states: its own start, or the start of the figure it restates in brackets
    /// ("2000ft (609 metres)" is one figure).</summary>
    private static int FigureOf(AlignmentUnit unit) => unit.Quantity!.Restates ?? unit.Quantity.Start;

    /// <summary>Whether two figures of different values may clash at all: their scopes allow it
    /// (<see cref="ScopesAllowClash"/>), their clauses name no different participants (<see cref="NamesDiffer"/>), they
    /// are not figures of two differently named people (<see cref="FigureHolders"/>), and neither is an outcome beside
    /// another deed (<see cref="OutcomeBesideAnotherDeed"/>). Shared by the judge's comparison and the story-level figure
    /// slots (<see cref="FigureSlots"/>).</summary>
    internal static bool MayClash(TextProfile claim, int i, TextProfile other, int j, bool sameHead, UnitMatcher matcher) =>
        ScopesAllowClash(claim.Units[i], other.Units[j], sameHead)
        && !NamesDiffer(claim, claim.Units[i], other, other.Units[j])
        && !FigureHolders.OfDifferentPeople(claim, i, other, j)
        && !OutcomeBesideAnotherDeed(claim.Units[i], other.Units[j], matcher);

    /// <summary>Whether the figure of claim unit <paramref name="i"/> and that of other unit <paramref name="j"/> can
    /// both hold, each taken with its restatements in other units ("2000ft (609 metres)"): false when any two of
    /// them clash, true when some pair agrees and none clash, null when no pair is comparable.</summary>
    internal static bool? Compatible(TextProfile claim, int i, TextProfile other, int j)
    {
        bool? result = null;
        foreach (var a in Restatements(claim, claim.Units[i]))
        {
            foreach (var b in Restatements(other, other.Units[j]))
            {
                switch (QuantityComparer.Compatible(a, b))
                {
                    case false:
                        return false;
                    case true:
                        result = true;
                        break;
                }
            }
        }

        return result;
    }

    private static IEnumerable<QuantityMention> Restatements(TextProfile profile, AlignmentUnit unit)
    {
        var figure = FigureOf(unit);
        var any = false;
        foreach (var u in profile.Units)
        {
            if (u.Kind == UnitKind.Quantity && FigureOf(u) == figure)
            {
                any = true;
                yield return u.Quantity!;
            }
        }

        if (!any)
        {
            yield return unit.Quantity!;
        }
    }

    /// <summary>Measures an event has one of (an earthquake's magnitude, the length of a fall): sole measurements of
    /// such a kind in two sentences about the same event state one fact (<see cref="EventSlot.SameEvent"/>), however
    /// little else the sentences share.</summary>
    private static bool OneMeasurePerEvent(QuantityMention quantity) =>
        quantity.Dimension is QuantityDimension.Magnitude or QuantityDimension.Length;

    /// <summary>Whether two figures count the same thing. Figures of two different outcomes (the dead and the injured)
    /// never do; figures of one outcome do unless one counts people and the other something else, whatever head
    /// nouns name the people ("two workers" and "three people" are both the dead); otherwise their head nouns decide
    /// (<see cref="SameSubject"/>).</summary>
    internal static bool? SameThing(AlignmentUnit a, AlignmentUnit b, UnitMatcher matcher)
    {
        var outcomeA = a.Slot?.Outcome ?? OutcomeSlot.None;
        var outcomeB = b.Slot?.Outcome ?? OutcomeSlot.None;
        if (outcomeA != OutcomeSlot.None && outcomeB != OutcomeSlot.None)
        {
            var (peopleA, peopleB) = (a.Slot!.People, b.Slot!.People);
            if (outcomeA != outcomeB || (peopleA is not null && peopleB is not null && peopleA != peopleB))
            {
                return false;
            }

            // Both count people, or one counts the outcome itself ("120 deaths"): the same count. Two counts of
            // things other than people ("homes", "cattle") must name the same thing.
            return peopleA != false || peopleB != false || (SameSubject(a.Quantity!, b.Quantity!, matcher) ?? true);
        }

        // One names an outcome for people ("30 wounded") and the other counts things ("five villages damaged").
        if ((outcomeA != OutcomeSlot.None && b.Slot?.People == false && a.Slot?.People != false)
            || (outcomeB != OutcomeSlot.None && a.Slot?.People == false && b.Slot?.People != false))
        {
            return false;
        }

        return SameSubject(a.Quantity!, b.Quantity!, matcher);
    }

    /// <summary>Two figures of one outcome, or of the same counted noun or physical dimension with the same or a
    /// synonymous predicate when neither names an outcome ("carried 212 passengers" / "was carrying 221 passengers").</summary>
    private static bool SameOutcome(AlignmentUnit a, AlignmentUnit b, UnitMatcher matcher)
    {
        if (a.Slot is not { } slotA || b.Slot is not { } slotB)
        {
            return false;
        }

        if (slotA.Outcome != OutcomeSlot.None)
        {
            return slotB.Outcome == slotA.Outcome;
        }

        return slotB.Outcome == OutcomeSlot.None && slotA.Additive == slotB.Additive && SamePredicate(slotA, slotB, matcher)
            && (SameSubject(a.Quantity!, b.Quantity!, matcher) == true || SameMeasure(a.Quantity!, b.Quantity!));
    }

    /// <summary>The two figures' clauses name one happening: the same or a synonymous verb, or the verb of one and
    /// the event noun that takes in the other's things (<see cref="EventSlot.Governor"/>: "is recalling 48,000
    /// units" / "ordered a recall of 60,000 units" / "the recall covers 52,000 units").</summary>
    internal static bool SamePredicate(EventSlot a, EventSlot b, UnitMatcher matcher)
    {
        if (a.Predicate is { } predicateA && b.Predicate is { } predicateB && matcher.WordSimilarity(predicateA, predicateB) >= UnitMatcher.SynonymScore)
        {
            return true;
        }

        bool Same(string? x, string? y) => x is not null && y is not null && matcher.WordSimilarity(x, y) >= UnitMatcher.SynonymScore;
        return Same(a.Governor, b.Governor) || Same(a.Governor, b.Predicate) || Same(a.Predicate, b.Governor);
    }

    /// <summary>One figure names an outcome and the other's own verb says something else happened to those it counts,
    /// a verb unrelated to the outcome's seeds (<see cref="EventWords.OutcomeSeeds"/>): "arrested 40 people" / "put the
    /// rally at 15,000 people" count different people and never clash. A verb related to the outcome ("moved" beside
    /// "evacuated") may name the same people; confirmations are not affected.</summary>
    internal static bool OutcomeBesideAnotherDeed(AlignmentUnit a, AlignmentUnit b, UnitMatcher matcher) =>
        AnotherDeed(a, b, matcher) || AnotherDeed(b, a, matcher);

    private static bool AnotherDeed(AlignmentUnit outcome, AlignmentUnit other, UnitMatcher matcher) =>
        outcome.Slot is { Outcome: not OutcomeSlot.None } slot && other.Slot is { Outcome: OutcomeSlot.None, Predicate: { } predicate, People: not false }
        && !EventWords.OutcomeSeeds.Any(seed => seed.Slot == slot.Outcome && seed.Pos == PartOfSpeech.Verb
            && matcher.WordSimilarity(predicate, seed.Lemma) >= UnitMatcher.StemScore);

    /// <summary>Two counts of the same people (one counted noun, <see cref="SameSubject"/>) where neither names an
    /// outcome, each the only count of those people in its sentence, neither an addition to a count given before
    /// (<see cref="EventSlot.Additive"/>), and both or neither stated for a whole country (<see cref="SlotScope.Wide"/>:
    /// "100,000 took to the streets as part of nationwide strikes" totals more than one city's march): the one number of people an event has (a crowd, a gathering), however
    /// differently the verbs put it ("as many as 20,000 people took to the streets" / "police put the march at
    /// roughly 30,000 people"). A clash of these is an event-slot clash, so it stands only in sentences about the same
    /// event (<see cref="EventSlot.SameEvent"/>). Counts of things ("40 homes destroyed" / "120 homes damaged") are
    /// left to their predicates (<see cref="SameOutcome"/>): a story counts the same things in several states.</summary>
    private static bool SoleCountsOfOnePeople(TextProfile claim, int i, TextProfile other, int j, UnitMatcher matcher)
    {
        var (a, b) = (claim.Units[i], other.Units[j]);
        return a.Quantity!.Dimension == QuantityDimension.Count && b.Quantity!.Dimension == QuantityDimension.Count
            && a.Slot is { Outcome: OutcomeSlot.None, People: true } slotA && b.Slot is { Outcome: OutcomeSlot.None, People: true } slotB
            && slotA.Additive == slotB.Additive && slotA.Scope.Wide == slotB.Scope.Wide
            && SameSubject(a.Quantity, b.Quantity, matcher) == true
            && OnlyCountOf(claim, i, matcher) && OnlyCountOf(other, j, matcher)
            && !NarrowedToAPlace(claim, a, other) && !NarrowedToAPlace(other, b, claim);
    }

    /// <summary>Two counts of one named kind of thing (<see cref="SameSubject"/>: "eleven manuscripts" / "fourteen
    /// illuminated manuscripts", "nine wagons" / "twelve wagons") in sentences about one event, each the only count of
    /// that thing in its sentence, neither an addition nor a count of what was merely there (<see cref="EventSlot.Presence"/>),
    /// nor of what someone holds (<see cref="Holding"/>), nor one undoing what the other tells (<see cref="Undoing"/>), under an event noun the other sentence names too when one is
    /// named (<see cref="NamesTheGovernor"/>), of one outcome or none, stated for one scope: one
    /// count of what happened to those things, however differently
    /// the verbs put it ("are missing" / "were taken", "jumped the rails" / "left the rails"). Counts of people are
    /// left to <see cref="SoleCountsOfOnePeople"/>: a story holds people of many roles (decision 395). A clash of these is
    /// an event-slot clash, so it stands only in sentences about the same event (decision 422).</summary>
    private static bool SoleCountsOfOneThing(TextProfile claim, int i, TextProfile other, int j, UnitMatcher matcher)
    {
        var (a, b) = (claim.Units[i], other.Units[j]);
        return a.Quantity!.Dimension == QuantityDimension.Count && b.Quantity!.Dimension == QuantityDimension.Count
            && a.Slot is { People: false, Presence: false } slotA && b.Slot is { People: false, Presence: false } slotB
            && !Holding(slotA) && !Holding(slotB) && Undoing(slotA) == Undoing(slotB)
            && NamesTheGovernor(other, slotA, matcher) && NamesTheGovernor(claim, slotB, matcher)
            && OfOneOutcome(a, b)
            && slotA.Additive == slotB.Additive && slotA.Scope.Wide == slotB.Scope.Wide
            && slotA.Scope.Subset == slotB.Scope.Subset
            && SameSubject(a.Quantity, b.Quantity, matcher) == true
            && OnlyCountOf(claim, i, matcher) && OnlyCountOf(other, j, matcher)
            && !NarrowedToAPlace(claim, a, other, clauseOnly: true) && !NarrowedToAPlace(other, b, claim, clauseOnly: true);
    }

    /// <summary>The event noun or verb that takes in a figure's things (<see cref="EventSlot.Governor"/>: "a recall of
    /// 9,000 kettles") is named in the other sentence too, or there is none: "the export deal covers 7,400 kettles" counts
    /// the things of another event.</summary>
    private static bool NamesTheGovernor(TextProfile other, EventSlot slot, UnitMatcher matcher) =>
        slot.Governor is not { } governor
        || other.Units.Any(u => u.Kind == UnitKind.Word && matcher.WordSimilarity(governor, u.Key) >= UnitMatcher.SynonymScore);

    /// <summary>The figure's clause says what someone holds ("the gallery keeps 300 paintings", <see cref="EventWords.HoldingVerbs"/>):
    /// a stock, not what happened to the things.</summary>
    private static bool Holding(EventSlot slot) => ClauseSays(slot, EventWords.HoldingVerbs);

    /// <summary>The figure's clause undoes what happened to the things ("police recovered three of the paintings",
    /// <see cref="EventWords.UndoingVerbs"/>): a later happening than the theft or loss the other count may give (decision 430).</summary>
    private static bool Undoing(EventSlot slot) => ClauseSays(slot, EventWords.UndoingVerbs);

    /// <summary>The verb or event noun of the figure's clause is one of <paramref name="words"/>.</summary>
    private static bool ClauseSays(EventSlot slot, IReadOnlySet<string> words) =>
        (slot.Predicate is { } p && words.Contains(p)) || (slot.Governor is { } g && words.Contains(g));

    /// <summary>A place named for the figure whose weight in the story is at most this share of a figure's (a word
    /// seen once, <see cref="StoryVocabulary.RareWeight"/>) is the story's setting, named in many of its claims
    /// ("Athens" in a story of the Athens strike): naming it does not narrow the count.</summary>
    private const double SettingShare = 0.5;

    /// <summary>The figure's clause (or, when it names none, its sentence) names a place the other sentence does not
    /// mention and that is not the story's setting (<see cref="SettingShare"/>): "In Heraklion, 10,000 people
    /// marched" counts one town's crowd, not the crowd a sentence naming no place gives for the whole event.</summary>
    internal static bool NarrowedToAPlace(TextProfile profile, AlignmentUnit figure, TextProfile other, bool clauseOnly = false)
    {
        var scope = figure.Slot!.Scope;
        foreach (var place in scope.Places.Count > 0 || clauseOnly ? scope.Places : scope.SentencePlaces)
        {
            if (other.Units.Any(u => u.Kind == UnitKind.Entity && string.Equals(u.Key, place, StringComparison.Ordinal)))
            {
                continue;
            }

            var named = profile.Units.FirstOrDefault(u => u.Kind == UnitKind.Entity && string.Equals(u.Key, place, StringComparison.Ordinal));
            if (named is null || named.Weight > figure.Weight * SettingShare)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>No other count in the sentence counts the same noun or leaves its noun unsaid ("put the march at
    /// 30,000 people, but witnesses said more than 50,000": two counts of one crowd, neither the sentence's one).</summary>
    private static bool OnlyCountOf(TextProfile profile, int index, UnitMatcher matcher)
    {
        var quantity = profile.Units[index].Quantity!;
        return !profile.Units.Where((u, k) => k != index && u.Kind == UnitKind.Quantity && u.Quantity!.Restates is null
                && u.Quantity.Dimension == QuantityDimension.Count && u.Quantity.Start != quantity.Start)
            .Any(u => u.Quantity!.Counts is null || SameSubject(u.Quantity, quantity, matcher) != false);
    }

    /// <summary>Two physical measurements in one dimension ("fell 150 metres" / "falling about 60m", "served five
    /// months" / "served four months", "a 36-year-old climber died" / "Robert Buckley, 32, died"): with the same
    /// predicate they measure the same thing. Money and shares are
    /// left out: a story holds many of them about different things.</summary>
    private static bool SameMeasure(QuantityMention a, QuantityMention b) =>
        a.Unit is not null && b.Unit is not null && string.Equals(a.BaseUnit, b.BaseUnit, StringComparison.Ordinal)
        && a.Dimension is QuantityDimension.Length or QuantityDimension.Mass or QuantityDimension.Area or QuantityDimension.Volume
            or QuantityDimension.Speed or QuantityDimension.Temperature or QuantityDimension.Duration or QuantityDimension.Age
            or QuantityDimension.Magnitude;

    /// <summary>Figures stated for different scopes do not clash (<see cref="SlotScope.Compare"/>); a figure given as
    /// a part of another ("40 in March" beside "100 this year", "170,000 in Sumatra alone", "the crew of 14" beside
    /// "all 226 people") clashes with the whole only when it is larger than it. A figure joined to another noun by "and" is such a part unless both figures
    /// count the same noun (<paramref name="sameHead"/>: "212 passengers and 14 crew" still clashes with "221
    /// passengers").</summary>
    internal static bool ScopesAllowClash(AlignmentUnit a, AlignmentUnit b, bool sameHead)
    {
        if (a.Slot is not { } slotA || b.Slot is not { } slotB)
        {
            return true;
        }

        var relation = slotA.Scope.Compare(slotB.Scope);
        if (relation == ScopeRelation.Different)
        {
            return false;
        }

        var partA = relation == ScopeRelation.Part || slotA.Scope.Subset || (slotA.Scope.Conjoined && !sameHead);
        var partB = relation == ScopeRelation.Whole || slotB.Scope.Subset || (slotB.Scope.Conjoined && !sameHead);
        if (partA && partB)
        {
            // Two parts of one whole given the same ("12 of 19 shots" / "15 of 19 shots") are one slot.
            return slotA.Scope.PartOf is { } wholeA && slotB.Scope.PartOf is { } wholeB && wholeA == wholeB;
        }

        if (partA || partB)
        {
            var (part, whole) = partA ? (a.Quantity!, b.Quantity!) : (b.Quantity!, a.Quantity!);
            return part.BaseValue > whole.BaseValue;
        }

        return true;
    }

    /// <summary>Two ages in apposition, each right after the name of the person it is the age of ("Hiller, 43, shot
    /// ..." / "Tanya Wilson, 47, was shot"), are ages of different people when the two names share no word: they
    /// never clash, whatever verb they share ("Hiller" and "Yvonne Hiller" are one person). An age with no name right
    /// before it ("a 36-year-old man") may be anyone's.</summary>
    internal static bool AgesOfDifferentPeople(TextProfile claim, int i, TextProfile other, int j) =>
        claim.Units[i].Quantity!.Dimension == QuantityDimension.Age && other.Units[j].Quantity!.Dimension == QuantityDimension.Age
        && AgeHolder(claim, i) is { } a && AgeHolder(other, j) is { } b && !a.Overlaps(b);

    /// <summary>The words of the name right before an age unit in its segment: a name of any type (an age in commas
    /// says its name is a person's whatever type the name was given), or a capitalised word the analysis did not tag
    /// (a surname alone at the start of a sentence).</summary>
    private static HashSet<string>? AgeHolder(TextProfile profile, int age)
    {
        if (age == 0 || profile.Units[age - 1] is not { } before || before.Segment != profile.Units[age].Segment)
        {
            return null;
        }

        return before switch
        {
            { Kind: UnitKind.Entity } => new HashSet<string>(before.SurfaceWords ?? [before.Surface.ToLowerInvariant()], StringComparer.Ordinal),
            { Kind: UnitKind.Word } when before.Surface.Length > 1 && char.IsUpper(before.Surface[0]) => new HashSet<string>([before.Surface.ToLowerInvariant()], StringComparer.Ordinal),
            _ => null,
        };
    }

    internal static bool NamesDiffer(TextProfile claim, AlignmentUnit a, TextProfile other, AlignmentUnit b) =>
        a.Slot is { } slotA && b.Slot is { } slotB && SlotScope.NamesDiffer(slotA.Scope, claim, slotB.Scope, other);

    internal static ConflictSides SidesOf(TextProfile claim, int i, TextProfile other, int j) =>
        new(claim.Units[i].Slot?.Excerpt ?? claim.Units[i].Surface, other.Units[j].Slot?.Excerpt ?? other.Units[j].Surface, i, j);

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
    // An earthquake's magnitude likewise: "a magnitude-6.1 temblor" / "a magnitude of 5.9". Ages and spans of time are
    // not: a story holds the ages of several people and many spans ("a 24-hour strike", "jailed for two years"); they
    // need the same predicate (SameOutcome).
    private static readonly HashSet<string> MeasuredBaseUnits = new(StringComparer.Ordinal)
    {
        "m", "kg", "km2", RankReader.Unit, MeasureWords.MagnitudeUnit,
    };

    /// <summary>The figures of one base unit in a sentence, a figure restated in brackets counted once.</summary>
    private static int CountOf(TextProfile profile, string baseUnit) =>
        profile.Units.Count(u => u.Kind == UnitKind.Quantity && u.Quantity!.Restates is null
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

    /// <summary>Two figures that may count one thing by what happened to it: no outcome, the same one, or the injured and
    /// those taken to hospital (<see cref="EventWords.OutcomesAgree"/>). Counts of two outcomes ("two killed" / "two
    /// injured") stay apart however close the sentences are.</summary>
    private static bool OfOneOutcome(AlignmentUnit a, AlignmentUnit b) =>
        EventWords.OutcomesAgree(a.Slot?.Outcome ?? OutcomeSlot.None, b.Slot?.Outcome ?? OutcomeSlot.None);

    /// <summary>Both figures count a kind of person (<see cref="EventSlot.People"/>): in sentences close in meaning an
    /// equal such figure names the same people ("two survivors" / "two of the rescued men"). Counts of things ("four
    /// points" / "four sites") need sentences that are paraphrases, for the embedding tells one counted thing from
    /// another ("four bridges" / "four schools") less well than it tells people apart from things.</summary>
    private static bool PeopleOnBothSides(AlignmentUnit a, AlignmentUnit b) => a.Slot is { People: true } && b.Slot is { People: true };

    /// <summary>One figure counts "people", the other a kind of person ("six people" / "six passengers"): an equal value
    /// confirms the count (<see cref="CountedPeople"/>). Read for confirmation only: a different value is no clash for
    /// this reason, since a count of people may hold the other count or belong to another event.</summary>
    private static bool CountsOfOnePeople(QuantityMention a, QuantityMention b, UnitMatcher matcher) =>
        Head(a.Counts) is { } headA && Head(b.Counts) is { } headB && matcher.GeneralAndKindOfPeople(headA, headB);

    /// <summary>English compounds are headed on the right: "dockworkers" are "workers", "shipyards" "yards".</summary>
    private static bool IsCompoundOf(string compound, string head) =>
        head.Length >= MinimumCompoundHead && compound.Length > head.Length + 2
        && compound.EndsWith(head, StringComparison.Ordinal);

    private const int MinimumCompoundHead = 4;

    internal static string? Head(string? counts) =>
        counts?.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.ToLowerInvariant();

    internal static string Singular(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;

    /// <summary>A date of the claim clashes when it overlaps no date of the other sentence while a date of the
    /// other sentence overlaps no date of the claim (each side has a date the other cannot accommodate). Dates of
    /// two different date slots (the day a strike began, the day it ends) are not the same date and never clash;
    /// two dates of one slot with the same scope are an <see cref="EventSlot"/> clash, and so, when
    /// <paramref name="byPredicate"/> (no figures of the two sentences disagree), are two dates of one verb.
    /// Returns whether such a pair of dates sits in matching frames, and whether it is an event-slot clash.</summary>
    private static (bool Framed, bool EventSlot) CompareDates(TextProfile claim, TextProfile other, PairAlignment alignment, UnitMatcher matcher, List<string> conflicts, List<ConflictSides> sides, HashSet<int> conflicting, bool byPredicate)
    {
        // When a source said something is not a date of what it said: it confirms, never clashes.
        var otherDates = Indices(other, UnitKind.Date).FindAll(o => !other.Units[o].OfStatement);
        var claimDates = Indices(claim, UnitKind.Date).FindAll(c => !claim.Units[c].OfStatement);
        if (otherDates.Count == 0 || claimDates.Count == 0)
        {
            return (false, false);
        }

        bool Comparable(int c, int o) => !DifferentDateSlots(claim.Units[c], other.Units[o]);
        var unmatchedOther = otherDates
            .Where(o => claimDates.All(c => !Comparable(c, o) || DatesClash(claim.Units[c], other.Units[o])))
            .ToList();
        if (unmatchedOther.Count == 0)
        {
            return (false, false);
        }

        var recorded = false;
        foreach (var i in claimDates)
        {
            var unit = claim.Units[i];
            var against = unmatchedOther.FindAll(o => Comparable(i, o) && DatesClash(unit, other.Units[o])
                && ScopesAllowDateClash(claim, unit, other, other.Units[o]));
            if (against.Count == 0 || otherDates.Any(o => Comparable(i, o) && !DatesClash(unit, other.Units[o])))
            {
                continue;
            }

            var slotted = against.FirstOrDefault(o => (SameDateSlot(unit, other.Units[o]) || (byPredicate && SameDatePredicate(claim, unit, other, other.Units[o], matcher)))
                && !NamesDiffer(claim, unit, other, other.Units[o]), -1);
            var framed = against.FirstOrDefault(o => SlotFrame.Match(claim, i, other, o, alignment, matcher), -1);
            if (slotted >= 0 || framed >= 0 || !recorded)
            {
                var chosen = slotted >= 0 ? slotted : framed >= 0 ? framed : against[0];
                if (recorded)
                {
                    conflicts.RemoveAt(conflicts.Count - 1);
                    sides.RemoveAt(sides.Count - 1);
                }

                conflicts.Add($"{unit.Key} vs {other.Units[chosen].Key}");
                sides.Add(SidesOf(claim, i, other, chosen));
                conflicting.Add(i);
                recorded = true;
                if (slotted >= 0 || framed >= 0)
                {
                    return (framed >= 0, slotted >= 0);
                }
            }
        }

        return (false, false);
    }

    /// <summary>Two dates cannot both hold: their spans do not overlap (a loosely bounded "last week" running up to its
    /// report's date, <see cref="Analysis.Time.DateMention.ReachesTo"/>), and when either is hedged ("around six weeks
    /// ago", "about two days ago") they are not neighbours either (a gap of at least the longer span: "around six weeks
    /// ago" holds "seven weeks ago", not "twelve weeks ago").</summary>
    internal static bool DatesClash(AlignmentUnit a, AlignmentUnit b)
    {
        // Two rounded counts before their reports ("about three weeks ago" / "two weeks ago"): the elapsed times they
        // stand for, each from its report's date, hedged or not (decision 475).
        if (a.Date?.Elapsed is { } elapsedA && b.Date?.Elapsed is { } elapsedB)
        {
            return ElapsedSpan.Clash(elapsedA, elapsedB);
        }

        var (reachA, reachB) = (a.Date?.ReachesTo, b.Date?.ReachesTo);
        if (TimexInterval.Compatible(a.Key, reachA, b.Key, reachB) != false)
        {
            return false;
        }

        if (!Hedged(a) && !Hedged(b))
        {
            return true;
        }

        return TimexInterval.Gap(a.Key, reachA, b.Key, reachB) is not { } gap || gap.Apart >= gap.LongerSpan;
    }

    /// <summary>A date stated with an approximating word before its number ("around six weeks ago").</summary>
    private static bool Hedged(AlignmentUnit date) =>
        date.Surface.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries) is [var first, ..]
        && QualifierWords.BeforeNumber.TryGetValue(first.ToLowerInvariant(), out var qualifier) && qualifier is QuantityQualifier.Approximate or QuantityQualifier.Nearly;

    /// <summary>Dates said of different places or named things are dates of different events ("in Bam in December
    /// 2003" / "in Zarand in February").</summary>
    internal static bool ScopesAllowDateClash(TextProfile claim, AlignmentUnit a, TextProfile other, AlignmentUnit b) =>
        a.Slot is not { } slotA || b.Slot is not { } slotB
        || (slotA.Scope.Compare(slotB.Scope) != ScopeRelation.Different && !SlotScope.NamesDiffer(slotA.Scope, claim, slotB.Scope, other));

    /// <summary>Dates of two different slots are not one date; nor is a resumption or a halt date one with no slot
    /// (the day something happened is never the day it restarts: "the crash happened at 0615 GMT" / "the road
    /// would reopen on Thursday").</summary>
    internal static bool DifferentDateSlots(AlignmentUnit a, AlignmentUnit b)
    {
        var slotA = a.Slot?.Date ?? DateSlot.None;
        var slotB = b.Slot?.Date ?? DateSlot.None;
        return slotA != slotB && (slotA != DateSlot.None && slotB != DateSlot.None || IsHaltOrResumption(slotA) || IsHaltOrResumption(slotB));
    }

    private static bool IsHaltOrResumption(DateSlot slot) => slot is DateSlot.Halt or DateSlot.Resumption;

    /// <summary>Two dates of no date slot, each the date of the same or a synonymous verb ("sold the field in 1957" /
    /// "which the family sold in 1967", "pleaded guilty in July 1973" / "On June 27, 1973, he pleaded guilty"), with
    /// one scope: the date of one happening, a clash when the sentences are about the same event. A verb that is a
    /// manner of the other (WordNet's hypernym, derivation or entailment at <see cref="UnitMatcher.StemScore"/>:
    /// "returned" / "moved back", "shot" / "killed") names the same happening when both sentences name the same
    /// person: what one says of that person on one date, the other says of them on another.</summary>
    private static bool SameDatePredicate(TextProfile claim, AlignmentUnit a, TextProfile other, AlignmentUnit b, UnitMatcher matcher) =>
        a.Slot is { Date: DateSlot.None, Predicate: { } predicateA } slotA && b.Slot is { Date: DateSlot.None, Predicate: { } predicateB } slotB
        && matcher.WordSimilarity(predicateA, predicateB) is var similarity
        && (similarity >= UnitMatcher.SynonymScore || (similarity >= UnitMatcher.StemScore && ShareANamedParticipant(claim, other)))
        && slotA.Scope.Compare(slotB.Scope) != ScopeRelation.Different;

    /// <summary>Both sentences name one entity that may be a person (typed a person, or of unknown type).</summary>
    private static bool ShareANamedParticipant(TextProfile claim, TextProfile other) =>
        claim.Units.Any(u => u.Kind == UnitKind.Entity && u.MayBePerson
            && other.Units.Any(v => v.Kind == UnitKind.Entity && string.Equals(u.Key, v.Key, StringComparison.Ordinal)));

    internal static bool SameDateSlot(AlignmentUnit a, AlignmentUnit b) =>
        a.Slot is { Date: not DateSlot.None } slotA && b.Slot is { Date: not DateSlot.None } slotB && slotA.Date == slotB.Date
        && slotA.Scope.Compare(slotB.Scope) != ScopeRelation.Different;
}
