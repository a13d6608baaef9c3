using CrossCheck.Text;

namespace CrossCheck.Alignment;

/// <summary>What a figure or a date is the figure or date of, read from the words of its clause: the outcome it
/// counts ("killed two workers", "three people died": the dead) or what happens on the date ("suspended until
/// Monday", "would reopen on Wednesday": the resumption). Two figures of one outcome, or two dates of one slot, in
/// sentences about the same event state the same fact however differently their predicates put it.
/// <see cref="Excerpt"/> is the stretch of text that states it ("killing two dock workers"), for the reason a
/// verdict gives. <see cref="People"/> says whether the figure counts people (true), something else (false), or
/// does not say (null). <see cref="Predicate"/> is the verb lemma of the figure's clause when no outcome slot
/// applies ("the ship carried 212 passengers": "carry"), so that two figures of the same noun with the same or a
/// synonymous predicate are one slot too.</summary>
internal sealed record EventSlot(
    OutcomeSlot Outcome,
    DateSlot Date,
    string Excerpt,
    SlotScope Scope,
    bool? People = null,
    string? Predicate = null)
{
    /// <summary>The figure counts an addition to a count given before ("a further 20,000 people", "another six
    /// engines", "six more"; <see cref="EventWords.AdditiveMarkers"/>), not the one total of what it counts.</summary>
    public bool Additive { get; init; }

    /// <summary>The figure's own clause only says how many there were: its verbs are finite forms of "be" or "have"
    /// or verbs of presence (<see cref="EventWords.PresenceVerbs"/>: "There were 12 men on board", "had 11 crew
    /// aboard", "was carrying eleven fishermen"), and it has one of them (decision 322).</summary>
    public bool Presence { get; init; }

    /// <summary>The word of the event that takes in the things counted: the noun the figure is "of" ("a recall of
    /// 60,000 units": "recall"), the subject of a verb of extent (<see cref="EventWords.ExtentVerbs"/>: "the recall
    /// covers 48,000 units"), or the verb whose object the figure is ("is recalling 48,000 units"). Null when there is none.</summary>
    public string? Governor { get; init; }

    /// <summary>Sentence similarity (cosine of the claims' embeddings) from which two sentences that give one slot
    /// different values are taken to be about the same event. Same-event pairs of hand-made stories score 0.5–0.7,
    /// sentences on other matters of the story 0.1–0.4 (docs/decisions.md, decision 131).</summary>
    public const double SameEventSimilarity = 0.45;

    public bool IsNone => Outcome == OutcomeSlot.None && Date == DateSlot.None;

    /// <summary>Whether two claims are about the same event, by their sentence embeddings.</summary>
    public static bool SameEvent(ClaimRecord a, ClaimRecord b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return SemanticSimilarity.Of(a, b) >= SameEventSimilarity;
    }
}

/// <summary>How the scope of one statement relates to another's: the same, different (no clash possible), or a part
/// of it (the part's figure may only be smaller) or the whole it is a part of.</summary>
internal enum ScopeRelation
{
    Same,
    Different,
    Part,
    Whole,
}

/// <summary>The scope a figure or date is stated for, from its clause: the places named there (entity keys),
/// the dates named there (TIMEX values; <see cref="Period"/> when one spans a week or more: "this year", "in
/// March"), whether the figure is stated as a part of a larger one ("in Sumatra alone", "among them",
/// "four of them"), and whether its noun phrase is joined to another by "and" (<see cref="Conjoined"/>: "all
/// passengers and the crew of 14" counts a part of those rescued, unless the other figure counts the same noun).</summary>
internal sealed record SlotScope(IReadOnlyList<string> Places, IReadOnlyList<string> Dates, bool Period, bool Subset, bool Conjoined = false)
{
    public static SlotScope None { get; } = new([], [], false, false);

    /// <summary>The places named anywhere in the sentence, for a clause that names none itself.</summary>
    public IReadOnlyList<string> SentencePlaces { get; init; } = [];

    /// <summary>The clause widens the figure to a whole country or the world (<see cref="EventWords.WideScopeMarkers"/>:
    /// "as part of nationwide strikes").</summary>
    public bool Wide { get; init; }

    /// <summary>The value of the figure a part is taken of ("12 of 19 shots": 19), or null: two parts of equal wholes
    /// are one slot ("12 of 19" / "15 of 19" made shots clash).</summary>
    public double? PartOf { get; init; }

    /// <summary>The place a distance is measured from ("35 miles southwest of Bandar Abbas"), or null.</summary>
    public string? Reference { get; init; }

    /// <summary>The noun of a definite description a distance is measured from when no name is given ("25 miles off the
    /// cape": "cape"), or null. Read by the story-level distance slots (<see cref="FigureSlots"/>) only.</summary>
    public string? ReferenceNoun { get; init; }

    /// <summary>The distance stands in apposition to a name ("the village of Olm, 15 km from Tarsk"): it locates that
    /// place, not the event.</summary>
    public bool PlacesAName { get; init; }

    /// <summary>The other names of the clause: entity keys of people, organisations and names of unknown type, and
    /// capitalised words the analysis did not tag (<see cref="EventSlotReader.NamePrefix"/>).</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>Each clause names someone or somewhere the other sentence does not mention at all ("In Brenmoor crews
    /// evacuated 140" / "In Tolvik crews evacuated 180"): statements about different things.</summary>
    public static bool NamesDiffer(SlotScope a, TextProfile sentenceA, SlotScope b, TextProfile sentenceB)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(sentenceA);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(sentenceB);
        return a.Names.Any(n => !Mentions(sentenceB, n, sentenceA)) && b.Names.Any(n => !Mentions(sentenceA, n, sentenceB));
    }

    /// <summary>Whether a sentence mentions a name: the same entity, a word of the name as a common noun (a definite
    /// description: "the cape" for "Cape Strell", "the hall" for "Korsby Sports Hall", <see cref="DescribedByItsNoun"/>),
    /// or the same capitalised word anywhere in it.</summary>
    private static bool Mentions(TextProfile sentence, string name, TextProfile namer)
    {
        if (!name.StartsWith(EventSlotReader.NamePrefix, StringComparison.Ordinal))
        {
            return sentence.Units.Any(u => u.Kind == UnitKind.Entity && string.Equals(u.Key, name, StringComparison.Ordinal))
                || DescribedByItsNoun(sentence, name, namer);
        }

        var word = name[EventSlotReader.NamePrefix.Length..];
        return sentence.Units.Any(u => string.Equals(u.Surface, word, StringComparison.OrdinalIgnoreCase)
            || (u.SurfaceWords?.Contains(word, StringComparer.Ordinal) ?? false));
    }

    /// <summary>A name of several words one of which the other sentence uses in lower case, as a common noun: "sank 25
    /// miles off the cape" refers to the "Cape Strell" the other sentence names, "the hall" to "the Korsby Sports Hall".
    /// A one-word name has no common noun in it.</summary>
    private static bool DescribedByItsNoun(TextProfile sentence, string name, TextProfile namer) =>
        WordsOfName(namer, name) is { } words
        && sentence.Units.Any(u => u.Kind == UnitKind.Word && u.Surface.Length > 2 && char.IsLower(u.Surface[0])
            && words.Contains(u.Surface, StringComparer.OrdinalIgnoreCase));

    /// <summary>The words of a name of several words that <paramref name="named"/> gives (lower case), or null for a
    /// one-word name or a name the sentence does not give: the words a definite description may take its noun from
    /// ("the cape" for "Cape Strell").</summary>
    internal static IReadOnlyList<string>? WordsOfName(TextProfile named, string name) =>
        named.Units.FirstOrDefault(u => u.Kind == UnitKind.Entity && string.Equals(u.Key, name, StringComparison.Ordinal))?.SurfaceWords is { Count: > 1 } words
            ? words
            : null;

    /// <summary>Spans this close are one period (a month and its days, a year and its 52 weeks).</summary>
    private const double SamePeriod = 0.95;

    /// <summary>A date spanning this many days or more is a period a figure may total ("this year", "in March").</summary>
    private const int PeriodDays = 7;

    public bool SameAs(SlotScope other) => Compare(other) == ScopeRelation.Same;

    /// <summary>Two statements share a scope unless they name different places (a clause that names none is taken
    /// at the places of its sentence), measure distances from different places, or name dates that cannot both
    /// hold, or one totals a period ("this year") and the other names no date at all. When both name dates and one period
    /// lies inside the other's ("in March" / "this year"), the first is a <see cref="ScopeRelation.Part"/> of the
    /// second. A place or a day named on one side only is detail the other left out, not another scope.</summary>
    public ScopeRelation Compare(SlotScope other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (PlacesDiffer(Places.Count > 0 ? Places : SentencePlaces, other.Places.Count > 0 ? other.Places : other.SentencePlaces))
        {
            return ScopeRelation.Different;
        }

        if (Reference is not null && other.Reference is not null && !string.Equals(Reference, other.Reference, StringComparison.Ordinal))
        {
            return ScopeRelation.Different;
        }

        if (Dates.Count > 0 && other.Dates.Count > 0)
        {
            return CompareDates(other);
        }

        return (Period && other.Dates.Count == 0) || (other.Period && Dates.Count == 0) ? ScopeRelation.Different : ScopeRelation.Same;
    }

    private static bool PlacesDiffer(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Count > 0 && b.Count > 0 && !a.Intersect(b, StringComparer.Ordinal).Any();

    private ScopeRelation CompareDates(SlotScope other)
    {
        foreach (var a in Dates)
        {
            foreach (var b in other.Dates)
            {
                if (TimexInterval.Agreement(a, b) >= SamePeriod
                    || (!IsPeriod(a) && !IsPeriod(b) && TimexInterval.Compatible(a, b) != false))
                {
                    return ScopeRelation.Same;
                }
            }
        }

        foreach (var a in Dates)
        {
            foreach (var b in other.Dates)
            {
                if (IsPeriod(b) && TimexInterval.Within(a, b))
                {
                    return ScopeRelation.Part;
                }

                if (IsPeriod(a) && TimexInterval.Within(b, a))
                {
                    return ScopeRelation.Whole;
                }
            }
        }

        return ScopeRelation.Different;
    }

    public static bool IsPeriod(string value) =>
        TimexInterval.TryParse(value, out var span) && (span.End - span.Start).TotalDays >= PeriodDays;
}
