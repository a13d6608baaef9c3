using CrossCheck.Analysis.Quantities;
using CrossCheck.Text;

namespace CrossCheck.Alignment;

/// <summary>A person's age is the person's, not the event's: "Robert Buckley, 32, died while climbing" and "31-year-old
/// Robert Buckley slipped on ice and fell" give one man two ages, however differently the sentences tell what happened.
/// An age belongs to a named person when it stands in apposition right after the name ("Buckley, 32,") or right before
/// it ("31-year-old Robert Buckley"); two such ages of one entity of the story clash when their values cannot both hold.</summary>
internal static class PersonAges
{
    /// <summary>The two ages ("31 vs 32 years"), or null when no named person is given two ages.</summary>
    public static string? Clash(TextProfile claim, TextProfile other)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (age, person) in Ages(claim))
        {
            foreach (var (otherAge, otherPerson) in Ages(other))
            {
                if (person.IsSame(otherPerson) && QuantityComparer.Compatible(age.Quantity!, otherAge.Quantity!) == false)
                {
                    return QuantityComparer.DescribeConflict(age.Quantity!, otherAge.Quantity!);
                }
            }
        }

        return null;
    }

    /// <summary>A person an age is held by: the entity key (null for a capitalised word the analysis did not tag, such
    /// as a surname alone at the start of a sentence), the surname and the first word of a longer name, lower case.</summary>
    internal sealed record Person(string? Key, string Surname, string? Given = null)
    {
        /// <summary>One entity of the story; for a name the analysis did not tag, one surname whose given names do not
        /// differ ("Oleksy" and "Marta Oleksy"; not "John Jenkin" and "Katie Jenkin"). Two tagged names of different
        /// entities are two people: the story's entity resolution already joined the names that are one.</summary>
        public bool IsSame(Person other) =>
            Key is not null && other.Key is not null
                ? string.Equals(Key, other.Key, StringComparison.Ordinal)
                : string.Equals(Surname, other.Surname, StringComparison.Ordinal)
                    && (Given is null || other.Given is null || string.Equals(Given, other.Given, StringComparison.Ordinal));
    }

    /// <summary>Each age of a sentence held by a named person.</summary>
    internal static IEnumerable<(AlignmentUnit Age, Person Person)> Ages(TextProfile profile)
    {
        var units = profile.Units;
        for (var i = 0; i < units.Count; i++)
        {
            if (units[i] is not { Kind: UnitKind.Quantity, Quantity.Dimension: QuantityDimension.Age } age)
            {
                continue;
            }

            if (PersonAt(profile, i - 1, units[i].Segment) is { } before)
            {
                yield return (age, before);
            }
            else if (PersonAt(profile, i + 1, units[i].Segment) is { } after)
            {
                yield return (age, after);
            }
        }
    }

    private static Person? PersonAt(TextProfile profile, int index, int segment)
    {
        if (index < 0 || index >= profile.Units.Count || profile.Units[index] is not { } unit || unit.Segment != segment)
        {
            return null;
        }

        return unit switch
        {
            { Kind: UnitKind.Entity, MayBePerson: true } => unit.SurfaceWords is { Count: > 1 } words
                ? new Person(unit.Key, words[^1].ToLowerInvariant(), words[0].ToLowerInvariant())
                : new Person(unit.Key, unit.Surface.ToLowerInvariant()),
            { Kind: UnitKind.Word, Class: WordClass.ProperNoun or WordClass.Unknown } when unit.Surface.Length > 1 && char.IsUpper(unit.Surface[0])
                => new Person(null, unit.Surface.ToLowerInvariant()),
            _ => null,
        };
    }
}
