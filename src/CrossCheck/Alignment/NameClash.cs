using CrossCheck.Text;

namespace CrossCheck.Alignment;

/// <summary>Two sentences that name the holder of one role differently: "Chargers general manager A.J. Smith said in
/// a statement" / "team general manager A.J. Butler said in a statement". The role word before each name is the same
/// word, the two names are different entities with the same given name (or initials) and another surname (not another
/// spelling of it: <see cref="NameSpelling.AreVariants"/>), and neither sentence mentions the other's name: one person,
/// misnamed by one of the two reports. A different organisation before the roles ("Rovers coach Mark Ellis" / "United
/// coach Mark Doran") or a different given name ("Prime Minister Edi Rama" / "Prime Minister Albin Kurti") tells two
/// people, not a clash.</summary>
internal static class NameClash
{
    /// <summary>Role words before a role word looked at for an organisation or place that qualifies it.</summary>
    private const int QualifierReach = 3;

    /// <summary>The two names ("A.J. Smith vs A.J. Butler"), or null when there is no such clash. A clash needs the
    /// two sentences to be about the same event (<paramref name="sameEvent"/>).</summary>
    public static string? Find(TextProfile claim, TextProfile other, UnitMatcher matcher, Func<bool> sameEvent)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(sameEvent);
        for (var i = 0; i < claim.Units.Count; i++)
        {
            if (RoleOf(claim, i, matcher) is not { } roleA)
            {
                continue;
            }

            for (var j = 0; j < other.Units.Count; j++)
            {
                var (a, b) = (claim.Units[i], other.Units[j]);
                if (RoleOf(other, j, matcher) is { } roleB
                    && string.Equals(roleA.Role, roleB.Role, StringComparison.Ordinal)
                    && !(roleA.Qualifier is { } qa && roleB.Qualifier is { } qb && !string.Equals(qa, qb, StringComparison.Ordinal))
                    && !string.Equals(a.Key, b.Key, StringComparison.Ordinal)
                    && string.Equals(GivenName(a), GivenName(b), StringComparison.Ordinal)
                    && !NameSpelling.AreVariants(a.SurfaceWords![^1], b.SurfaceWords![^1])
                    && !Mentions(other, a.Key) && !Mentions(claim, b.Key)
                    && sameEvent())
                {
                    return $"{Name(a)} vs {Name(b)}";
                }
            }
        }

        return null;
    }

    /// <summary>The role a person's name follows, lower case, with the name of what qualifies it when the sentence
    /// gives one as a separate name ("Chargers" in "Chargers general manager A.J. Smith"): the word right before the
    /// given name inside a mention of four words or more ("General Manager A.J. Smith"; in three, "Mary Ann Cole", the
    /// first may be a given name), else a noun right before the mention in its
    /// segment; the role is a noun denoting a person. Null for a unit that is not a person's name of two words or more, or
    /// has no role.</summary>
    private static (string Role, string? Qualifier)? RoleOf(TextProfile side, int name, UnitMatcher matcher)
    {
        if (side.Units[name] is not { Kind: UnitKind.Entity, MayBePerson: true, SurfaceWords: { Count: >= 2 } words })
        {
            return null;
        }

        if (words.Count >= 4)
        {
            return IsRole(words[^3], matcher) ? (words[^3], null) : null;
        }

        var role = name - 1;
        return role >= 0 && side.Units[role] is { Kind: UnitKind.Word, Class: WordClass.Noun or WordClass.ProperNoun or WordClass.Unknown } unit
            && unit.Segment == side.Units[name].Segment && IsRole(unit.Surface.ToLowerInvariant(), matcher)
            ? (unit.Surface.ToLowerInvariant(), Qualifier(side, role))
            : null;
    }

    /// <summary>A word whose dominant noun senses denote a person ("manager", "officer", "minister").</summary>
    private static bool IsRole(string word, UnitMatcher matcher) => word.Length > 1 && word.All(char.IsLetter) && matcher.IsPersonNoun(word);

    /// <summary>The given name (or initials) of a name: the word before its surname, without dots ("A.J." and "AJ"
    /// are one pair of initials).</summary>
    private static string GivenName(AlignmentUnit unit) => unit.SurfaceWords![^2].Replace(".", string.Empty, StringComparison.Ordinal);

    /// <summary>The person's name without a title the mention includes ("A.J. Smith" of "General Manager A.J. Smith").</summary>
    private static string Name(AlignmentUnit unit)
    {
        var parts = unit.Surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 ? string.Join(' ', parts[^2..]) : unit.Surface;
    }

    private static bool Mentions(TextProfile side, string key) =>
        side.Units.Any(u => u.Kind == UnitKind.Entity && string.Equals(u.Key, key, StringComparison.Ordinal));

    /// <summary>The name (an organisation, a place) within <see cref="QualifierReach"/> role words before a role
    /// word, if any.</summary>
    private static string? Qualifier(TextProfile side, int role)
    {
        for (var x = role - 1; x >= 0 && x >= role - QualifierReach && side.Units[x].Segment == side.Units[role].Segment; x--)
        {
            switch (side.Units[x])
            {
                case { Kind: UnitKind.Entity } entity:
                    return entity.Key;
                case { Kind: UnitKind.Word, Class: WordClass.Noun or WordClass.Adjective or WordClass.Unknown or WordClass.ProperNoun }:
                    continue;
                default:
                    return null;
            }
        }

        return null;
    }
}
