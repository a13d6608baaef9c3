using System.Collections.Frozen;

namespace CrossCheck.Text;

/// <summary>What happened to the things a figure counts (its outcome slot): the dead, the injured, the arrested ...
/// Reports name one outcome with many words ("killed two", "three died", "the death toll", "fatalities"); each
/// slot is given here by a few seed words, and <see cref="EventLexicon"/> widens them through WordNet (synonyms,
/// derivations, cause and entailment links).</summary>
internal enum OutcomeSlot
{
    None,
    Dead,
    Injured,
    Arrested,
    Evacuated,
    Missing,
    Rescued,
    Hospitalised,

    /// <summary>"Casualties": the dead and the injured together, comparable only with itself.</summary>
    Casualties,
}

/// <summary>What a date is the date of, when the words around it say so: the day something starts, ends, or
/// starts again after a halt ("reopens on Wednesday", "suspended until Monday").</summary>
internal enum DateSlot
{
    None,
    Start,
    End,
    Resumption,

    /// <summary>The day a halt begins ("suspended on Monday"); with "until" the date is the resumption.</summary>
    Halt,
}

/// <summary>The seed words of outcome and date slots, and the small function words that change what a date or
/// figure is the date or figure of ("until", "alone", "local time").</summary>
internal static class EventWords
{
    /// <summary>Whether figures of two outcome slots may count the same people: no outcome on either side, the same
    /// outcome, or the injured and those taken to hospital (hospital treatment is told of the injured: "eleven were
    /// injured" / "eleven needed hospital treatment").</summary>
    public static bool OutcomesAgree(OutcomeSlot a, OutcomeSlot b) =>
        a == b || a == OutcomeSlot.None || b == OutcomeSlot.None
        || (a is OutcomeSlot.Injured or OutcomeSlot.Hospitalised && b is OutcomeSlot.Injured or OutcomeSlot.Hospitalised);

    /// <summary>Seeds of each outcome slot as (lemma, part of speech): a word evokes the slot when WordNet links it
    /// to a seed's first sense (<see cref="Lexicon.Evokes"/>).</summary>
    public static readonly IReadOnlyList<(OutcomeSlot Slot, string Lemma, PartOfSpeech Pos)> OutcomeSeeds =
    [
        (OutcomeSlot.Dead, "die", PartOfSpeech.Verb),
        (OutcomeSlot.Dead, "dead", PartOfSpeech.Adjective),
        (OutcomeSlot.Injured, "injure", PartOfSpeech.Verb),
        (OutcomeSlot.Injured, "hurt", PartOfSpeech.Adjective),
        (OutcomeSlot.Arrested, "arrest", PartOfSpeech.Verb),
        (OutcomeSlot.Arrested, "detain", PartOfSpeech.Verb),
        (OutcomeSlot.Evacuated, "evacuate", PartOfSpeech.Verb),
        (OutcomeSlot.Evacuated, "evacuee", PartOfSpeech.Noun),
        (OutcomeSlot.Rescued, "rescue", PartOfSpeech.Verb),
        (OutcomeSlot.Hospitalised, "hospitalize", PartOfSpeech.Verb),
        (OutcomeSlot.Casualties, "casualty", PartOfSpeech.Noun),
    ];

    /// <summary>Outcome words taken as they are, without WordNet's relatives (those of "missing" are "lost" and
    /// "absent", which count other things).</summary>
    public static readonly FrozenDictionary<string, OutcomeSlot> ExactOutcomes = new Dictionary<string, OutcomeSlot>(StringComparer.Ordinal)
    {
        ["missing"] = OutcomeSlot.Missing, ["unaccounted"] = OutcomeSlot.Missing,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Outcome words whose outcome is their adjective sense, while the same form is also the participle of a
    /// transitive verb ("three climbers are missing" / "missing 10 of the 16 games", "missing the deadline"): followed
    /// by an object (<see cref="ObjectOpeners"/> or a figure) and not after a determiner ("the missing 12"), the form
    /// is the verb and names no outcome.</summary>
    public static readonly FrozenSet<string> AdjectiveSenseOutcomes = FrozenSet.Create(StringComparer.Ordinal, "missing");

    /// <summary>Articles and possessives that open a noun phrase: right after a verb, the start of its object. Not the
    /// demonstratives and quantifiers that also open time adverbials ("still missing that night", "missing all day").</summary>
    public static readonly FrozenSet<string> ObjectOpeners = FrozenSet.Create(
        StringComparer.Ordinal, "the", "a", "an", "his", "her", "their", "its", "our", "my", "your");

    /// <summary>Two-word outcomes WordNet has no entry for: (noun lemma, verb lemma) in either order ("lives were
    /// lost", "lost their lives").</summary>
    public static readonly IReadOnlyList<(OutcomeSlot Slot, string Noun, string Verb)> OutcomePhrases =
    [
        (OutcomeSlot.Dead, "life", "lose"),
        (OutcomeSlot.Dead, "life", "claim"),
    ];

    /// <summary>Seeds of the date slots, verbs: what happens on the date.</summary>
    public static readonly IReadOnlyList<(DateSlot Slot, string Lemma)> DateSeeds =
    [
        (DateSlot.Resumption, "reopen"),
        (DateSlot.Resumption, "resume"),
        (DateSlot.Resumption, "restart"),
        (DateSlot.Halt, "suspend"),
        (DateSlot.Halt, "close"),
        (DateSlot.Halt, "shut"),
        (DateSlot.Halt, "halt"),
        (DateSlot.Halt, "pause"),
        (DateSlot.Halt, "ban"),
        (DateSlot.Start, "begin"),
        (DateSlot.Start, "launch"),
        (DateSlot.End, "end"),
        (DateSlot.End, "finish"),
    ];

    /// <summary>Particles of phrasal verbs, which change what the verb names ("broke out" starts, "broke" ends).</summary>
    public static readonly FrozenSet<string> Particles = FrozenSet.Create(StringComparer.Ordinal, "out", "off", "up", "down", "over", "back", "away");

    /// <summary>Particles that turn one verb into opposite happenings ("switched on" / "switched off", "went up" / "went
    /// down", "moved in" / "moved out"), both ways.</summary>
    public static readonly FrozenDictionary<string, string> OppositeParticles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["on"] = "off",
        ["off"] = "on",
        ["up"] = "down",
        ["down"] = "up",
        ["in"] = "out",
        ["out"] = "in",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Verbs, as lemmas, whose particles of <see cref="OppositeParticles"/> keep their literal, opposite senses
    /// ("switched on" / "switched off", "went up" / "went down", "moved in" / "moved out"). Most phrasal verbs are
    /// idioms whose particles are no opposites: "called off" / "called on", "took off" / "took on", "broke down" /
    /// "broke up".</summary>
    public static readonly FrozenSet<string> LiteralParticleVerbs = FrozenSet.Create(
        StringComparer.Ordinal, "switch", "turn", "go", "move", "power", "log", "sign", "check", "clock", "step", "scale", "ramp");

    /// <summary>Particles of <see cref="OppositeParticles"/> that are mostly prepositions ("injured in the fire"): read
    /// as a particle only at the end of a clause ("the tenants moved in.", "moved in, and ...").</summary>
    public static readonly FrozenSet<string> ClauseFinalParticles = FrozenSet.Create(StringComparer.Ordinal, "in");

    /// <summary>Prepositions that make the date after them the end of a state ("closed until Monday").</summary>
    public static readonly FrozenSet<string> Until = FrozenSet.Create(StringComparer.Ordinal, "until", "till", "til", "through", "thru");

    /// <summary>Words that make a figure a part of another ("170,000 in Sumatra alone", "among them 12 children",
    /// "including four firefighters", "12 of them").</summary>
    public static readonly FrozenSet<string> SubsetMarkers = FrozenSet.Create(StringComparer.Ordinal, "alone", "among", "including", "included");

    /// <summary>Subset markers that introduce the part after them ("including four firefighters", "among them 12
    /// children"): a figure before them is the whole the part is taken of ("killed 12 people, including two children").</summary>
    public static readonly FrozenSet<string> SubsetIntroducers = FrozenSet.Create(StringComparer.Ordinal, "among", "including", "included");

    /// <summary>Words right before a count that make it a stretch of a sequence ("his <i>first</i> 17 passes", "the
    /// <i>last</i> three games", "the <i>final</i> 10 laps"): a part of the whole, never the whole's own size.</summary>
    public static readonly FrozenSet<string> SequencePartMarkers = FrozenSet.Create(StringComparer.Ordinal, "first", "last", "final", "opening", "closing", "initial");

    /// <summary>Words next to a figure that make it a count added to one given before ("a further 20,000", "another
    /// 300", "an additional six", "six more"): the count of an addition, not the one total of what is counted.</summary>
    public static readonly FrozenSet<string> AdditiveMarkers = FrozenSet.Create(StringComparer.Ordinal, "another", "further", "additional", "extra", "more");

    /// <summary>Words that widen a figure's clause to a whole country or the world ("took to the streets as part of
    /// nationwide strikes"): a count so stated totals many places, not the crowd of one.</summary>
    public static readonly FrozenSet<string> WideScopeMarkers = FrozenSet.Create(StringComparer.Ordinal, "nationwide", "countrywide", "statewide", "worldwide", "nationally");

    /// <summary>Verbs of extent that say how many things an event takes in, not what happened to them ("the recall
    /// covers 48,000 units", "the ban affects 300 products"): with one of them, the event a count belongs to is the
    /// verb's subject.</summary>
    public static readonly FrozenSet<string> ExtentVerbs = FrozenSet.Create(
        StringComparer.Ordinal, "cover", "include", "involve", "affect", "concern", "comprise", "encompass", "span", "total", "number");

    /// <summary>Verbs that only say who or what is there ("the ship was carrying 212 passengers", "the hall holds 300
    /// people"): like a clause whose only verb is "be" or "have" ("There were 12 men on board", "had 11 crew aboard"),
    /// a count so stated is how many there were, one slot of a story however the reports word it (decision 322).</summary>
    public static readonly FrozenSet<string> PresenceVerbs = FrozenSet.Create(StringComparer.Ordinal, "carry", "hold", "have", "be", "contain", "number");

    /// <summary>Verbs that say what someone holds ("the gallery keeps 300 paintings", "the firm owns 40 buses", "the
    /// library houses 2,000 books"), with the verbs of presence: a count so stated is a stock, not what happened to the
    /// things it counts (decision 422).</summary>
    public static readonly FrozenSet<string> HoldingVerbs = FrozenSet.Create(
        StringComparer.Ordinal, "carry", "hold", "have", "be", "contain", "number", "keep", "own", "possess", "house", "store", "stock");

    /// <summary>Verbs that undo or reverse what happened to things or people ("police recovered three of the paintings",
    /// "two boats were towed back and returned", "the road reopened"): a count so stated is of a later happening than
    /// the loss or harm it undoes, so it never clashes with the count of that loss (decision 430).</summary>
    public static readonly FrozenSet<string> UndoingVerbs = FrozenSet.Create(
        StringComparer.Ordinal, "recover", "find", "return", "retrieve", "rescue", "restore", "repair", "reopen", "release",
        "free", "save", "rebuild", "replace", "recapture", "reclaim", "salvage", "refloat", "retake", "regain");

    /// <summary>Verbs so general that WordNet puts them in synsets with many others ("make" with "hold", "get" with
    /// "find"): two of them name one happening only as the same word (decision 322).</summary>
    public static readonly FrozenSet<string> LightVerbs = FrozenSet.Create(StringComparer.Ordinal, "make", "take", "get", "give", "have", "do", "hold", "put", "go", "come", "keep", "set");

    /// <summary>Pronouns after "of" that make the figure before them a part of a group already counted ("four of them").</summary>
    public static readonly FrozenSet<string> SubsetPronouns = FrozenSet.Create(StringComparer.Ordinal, "them", "whom", "those", "these", "which");

    /// <summary>Relative pronouns that open a clause about the noun before them ("a stabbing that occurred on Tuesday"):
    /// a date in that clause is the date of what the noun names, not of the main clause's participants.</summary>
    public static readonly FrozenSet<string> RelativePronouns = FrozenSet.Create(StringComparer.Ordinal, "that", "which", "who");

    /// <summary>Words that put a clock time in the zone of the place reported on ("7:37 a.m. local time").</summary>
    public static readonly FrozenSet<string> LocalTime = FrozenSet.Create(StringComparer.Ordinal, "local");

    /// <summary>Words that make an event an earlier instance of its kind, not the one reported ("the last major quake to
    /// hit the region was in February", "the board's previous notice"), or the latest of a series ("had last been
    /// inspected in August"): two sentences compare their times only when both or neither say so (decision 365).</summary>
    public static readonly FrozenSet<string> EarlierInstance = FrozenSet.Create(StringComparer.Ordinal, "last", "previous", "prior", "preceding", "former");

    /// <summary>Nouns that name people in general ("three people", "five persons") or groups of people WordNet files
    /// as groups ("crew", "staff"): a count of them and a count of workers, residents or passengers can be the same
    /// count.</summary>
    public static readonly FrozenSet<string> PeopleNouns = FrozenSet.Create(
        StringComparer.Ordinal,
        "people", "person", "persons", "individuals", "individual", "victims", "victim", "others", "crew", "crews", "staff",
        "personnel", "police", "militia", "youth", "clergy", "infantry", "troops", "families", "family");

    /// <summary>Nouns that name people by sex or age alone ("12 men", "three women", "two children"): like
    /// <see cref="PeopleNouns"/>, they do not say which people.</summary>
    public static readonly FrozenSet<string> SexNouns = FrozenSet.Create(
        StringComparer.Ordinal, "men", "man", "women", "woman", "boys", "boy", "girls", "girl", "children", "child", "adults", "adult");

    /// <summary>Nouns that name people without saying who they are ("five people", "two persons"): a plural noun naming a
    /// kind of person ("workers", "riders") is a more precise word for the same count. Groups ("crew", "police") and
    /// roles ("victims") say who.</summary>
    public static readonly FrozenSet<string> GeneralPeopleNouns = FrozenSet.Create(
        StringComparer.Ordinal, "people", "persons", "individuals");

    /// <summary>Conjunctions that join two statements of equal rank: the scope (places, dates) of one is not the other's
    /// ("killed 3 in Orvik, while 5 died in Dunley"). A relative or time clause ("in which", "after") keeps the scope
    /// of what it hangs on.</summary>
    public static readonly FrozenSet<string> CoordinatingJoiners = FrozenSet.Create(StringComparer.Ordinal, "and", "but", "while", "whereas", "or");

    /// <summary>Prepositions that give the place a distance is measured from ("35 miles southwest of Bandar Abbas", "sank
    /// 25 miles off the cape").</summary>
    public static readonly FrozenSet<string> DistanceFrom = FrozenSet.Create(StringComparer.Ordinal, "of", "from", "off");

    /// <summary>Words that end the clause a figure or date belongs to: another statement starts after them.</summary>
    public static readonly FrozenSet<string> ClauseJoiners = FrozenSet.Create(StringComparer.Ordinal, "and", "but", "while", "whereas", "which", "who", "after", "before", "when", "as", "or");
}
