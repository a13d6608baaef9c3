using CrossCheck.Analysis.Quantities;
using CrossCheck.Analysis.Time;
using CrossCheck.Text;

namespace CrossCheck.Alignment;

internal enum UnitKind
{
    Word,
    Entity,
    Quantity,
    Date,
}

/// <summary>One alignable piece of a text: a content word (keyed by lemma), a whole entity mention (keyed by
/// entity id), a quantity or a date (compared by value). <see cref="Weight"/> is its IDF within the story.
/// <see cref="InNegationScope"/>: the unit follows a negation cue in its clause ("denied that it had
/// <i>released water</i>", "had not <i>opened the floodgates</i> and ..."). <see cref="Segment"/> counts the
/// quotation marks, semicolons, colons and dashes before the unit in its span: units of different segments
/// belong to different statements (a quotation and the sentence reporting it).
/// <see cref="Id"/> numbers the distinct words and entity mentions of a story (-1 when not numbered), so that
/// each pair of them is compared once however many sentence pairs hold it. <see cref="Class"/> is the word class the
/// analysis guessed for a word in its sentence (a verb is what a claim says happened).
/// <see cref="MayBePerson"/> marks an entity the analysis typed a person or could not type (most unknown names are people's).
/// <see cref="Slot"/> says what a quantity or date is the figure or date of (<see cref="EventSlot"/>); a date's
/// <see cref="Key"/> is its value in UTC ("…T00:37Z") when its zone, or the place whose local time it is, is known.
/// <see cref="Background"/>: a word or name in a fronted adverbial or a non-restrictive relative clause
/// (<see cref="BackgroundClauses"/>), weighed at half. <see cref="Particle"/>: the particle right after a verb that
/// makes it a phrasal verb with an opposite ("switched <i>off</i>", <see cref="EventWords.OppositeParticles"/>).
/// <see cref="AfterPreposition"/>: a name right after a preposition ("transferred <i>to</i> Mercy"), the object of
/// the preposition and not the subject of what follows. <see cref="Aside"/> marks a unit in an apposition or a trailing comma piece (<see cref="ClaimClauses"/>).
/// <see cref="PlacePreposition"/>: for a name not typed a person or an organisation, the preposition that puts it in a
/// place role ("near", "from"; <see cref="ContextTypeWords.PlacePrepositions"/>), with the noun framing the name ("off
/// the coast of Sicily" → "off coast").</summary>
internal sealed record AlignmentUnit(
    UnitKind Kind,
    string Key,
    string Surface,
    int Position,
    double Weight,
    QuantityMention? Quantity = null,
    DateMention? Date = null,
    int LemmaId = -1,
    double Informativeness = 1.0,
    IReadOnlyList<string>? SurfaceWords = null,
    int Id = -1,
    bool InNegationScope = false,
    int Segment = 0,
    bool OfStatement = false,
    EventSlot? Slot = null,
    WordClass Class = WordClass.Unknown,
    bool MayBePerson = false,
    bool Background = false,
    string? Particle = null,
    bool AfterPreposition = false,
    bool Aside = false,
    string? PlacePreposition = null);
