using CrossCheck.Analysis.Quantities;
using CrossCheck.Analysis.Time;

namespace CrossCheck.Alignment;

internal enum UnitKind
{
    Word,
    Entity,
    Quantity,
    Date,
}

/// <summary>One alignable piece of a text: a content word (keyed by lemma), a whole entity mention (keyed by
/// entity id), a quantity or a date (compared by value). <see cref="Weight"/> is its IDF within the story.</summary>
internal sealed record AlignmentUnit(
    UnitKind Kind,
    string Key,
    string Surface,
    int Position,
    double Weight,
    QuantityMention? Quantity = null,
    DateMention? Date = null);
