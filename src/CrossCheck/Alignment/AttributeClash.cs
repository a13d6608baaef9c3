using CrossCheck.Text;

namespace CrossCheck.Alignment;

/// <summary>Two sentences that describe one thing with different members of one exclusive class of attributes
/// (<see cref="AttributeWords"/>): "a silver sedan" / "a grey 2014 sedan", "listed in stable condition" /
/// "hospitalized in critical condition". Neither sentence uses the other's attribute word, each modifies the next noun or
/// name of its sentence (past figures, dates and other modifiers: "grey 2014 sedan"), and those two heads are
/// aligned with each other, so both words describe the same thing. A word the other sentence also uses ("in
/// critical but stable condition" against "in stable condition") is no clash, nor are two words each said of a
/// person the other sentence does not mention (two patients, the cars of two owners), nor a word a negation reaches
/// ("suffered no serious injuries"). On a graded scale only opposite ends clash (<see cref="AttributeWords.Exclude"/>),
/// and two classes of one family describe one person with different nouns: "the driver was in a critical condition" /
/// "the driver suffered minor injuries" clash when the two people before the words are aligned.</summary>
internal static class AttributeClash
{
    /// <summary>Units after an attribute word looked at for its head.</summary>
    private const int HeadReach = 3;

    /// <summary>Units before a predicate word looked at for the noun it is said of (one verb between).</summary>
    private const int PredicateReach = 2;

    /// <summary>Units before an attribute word looked at for the person it is said of.</summary>
    private const int SubjectReach = 8;

    /// <summary>The two attribute words ("silver vs grey"), or null when there is no such clash. A clash needs the
    /// two sentences to be about the same event (<paramref name="sameEvent"/>), unless the thing described is a name
    /// both sentences give (an entity: "a silver Orvik Tern" / "a grey 2014 Orvik Tern"), which is one thing however
    /// else the sentences differ.</summary>
    public static string? Find(TextProfile claim, TextProfile other, PairAlignment alignment, UnitMatcher matcher, Func<bool> sameEvent)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(alignment);
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(sameEvent);
        for (var i = 0; i < claim.Units.Count; i++)
        {
            if (Describes(claim, i) is not var (headA, valueA) || Uses(other, claim.Units[i]))
            {
                continue;
            }

            var headB = alignment.SimilarityA[headA] >= UnitMatcher.StemScore ? alignment.MatchA[headA] : -1;
            for (var j = 0; j < other.Units.Count; j++)
            {
                if (Describes(other, j) is var (head, valueB)
                    && AttributeWords.Exclude(valueA, valueB)
                    && (head == headB || (!string.Equals(valueA.Class, valueB.Class, StringComparison.Ordinal) && SamePerson(claim, i, other, j, alignment, matcher)))
                    && !Uses(claim, other.Units[j])
                    && !(PersonBefore(claim, i, alignment.SimilarityA) && PersonBefore(other, j, alignment.SimilarityB))
                    && (claim.Units[headA].Kind == UnitKind.Entity || sameEvent()))
                {
                    return $"{claim.Units[i].Surface} vs {other.Units[j].Surface}";
                }
            }
        }

        return null;
    }

    /// <summary>Two values of one family said of different nouns ("in a critical condition" / "with minor injuries")
    /// describe one person when each sentence has a person before the word (a name, or a noun denoting a person: "the
    /// driver") and the two are aligned with each other.</summary>
    private static bool SamePerson(TextProfile claim, int i, TextProfile other, int j, PairAlignment alignment, UnitMatcher matcher) =>
        PersonNear(claim, i, matcher) is { } a && PersonNear(other, j, matcher) is { } b
        && alignment.MatchA[a] == b && alignment.SimilarityA[a] >= UnitMatcher.StemScore;

    /// <summary>The nearest person before an attribute word in its segment within <see cref="SubjectReach"/> units: a
    /// name that may be a person's, or a noun denoting a person, not after a preposition.</summary>
    private static int? PersonNear(TextProfile side, int i, UnitMatcher matcher)
    {
        for (var x = i - 1; x >= 0 && x >= i - SubjectReach && side.Units[x].Segment == side.Units[i].Segment; x--)
        {
            var unit = side.Units[x];
            if ((unit is { Kind: UnitKind.Entity, MayBePerson: true, AfterPreposition: false })
                || (unit is { Kind: UnitKind.Word, Class: WordClass.Noun } && matcher.IsPersonNoun(unit.Key)))
            {
                return x;
            }
        }

        return null;
    }

    /// <summary>The thing a word describes and the value it gives it, or null: an attribute before its noun ("minor
    /// injuries", "a silver sedan"), or a predicate after it ("her injuries were life-threatening", "his condition was
    /// stable"). A word a negation reaches says nothing before its noun ("suffered no serious injuries"); as a predicate,
    /// the negation of a heavy grade is the light end ("her injuries were not life-threatening",
    /// <see cref="AttributeWords.Denied"/>). A verb is never an attribute. The word may have found a counterpart: WordNet
    /// relates members of one class ("silver" is a shade of grey), which the class makes exclusive here.</summary>
    private static (int Head, ScaleValue Value)? Describes(TextProfile side, int i)
    {
        var unit = side.Units[i];
        if (unit is not { Kind: UnitKind.Word } || unit.Class == WordClass.Verb)
        {
            return null;
        }

        if (!unit.InNegationScope && Head(side, i) is { } head && AttributeWords.ClassOf(unit.Key, side.Units[head].Key) is { } value)
        {
            return (head, value);
        }

        if (PredicateHead(side, i) is { } subject && AttributeWords.ClassOf(unit.Key, side.Units[subject].Key) is { } said)
        {
            return unit.InNegationScope ? AttributeWords.Denied(said) is { } denied ? (subject, denied) : null : (subject, said);
        }

        return null;
    }

    /// <summary>The noun a predicate word is said of: the content unit right before it in its segment, past one verb
    /// ("injuries <i>were</i> life-threatening", "condition <i>remained</i> critical"), when that is a noun.</summary>
    private static int? PredicateHead(TextProfile side, int i)
    {
        for (var x = i - 1; x >= 0 && x >= i - PredicateReach && side.Units[x].Segment == side.Units[i].Segment; x--)
        {
            var unit = side.Units[x];
            if (unit is { Kind: UnitKind.Word, Class: WordClass.Verb })
            {
                continue;
            }

            return unit is { Kind: UnitKind.Word, Class: WordClass.Noun } ? x : null;
        }

        return null;
    }

    /// <summary>The noun or name an attribute word modifies: the next noun or entity of its segment within
    /// <see cref="HeadReach"/> units, past figures, dates, adjectives and other attribute words; null when a verb or an
    /// adverb comes first.</summary>
    private static int? Head(TextProfile side, int i)
    {
        for (var x = i + 1; x < side.Units.Count && x <= i + HeadReach; x++)
        {
            var unit = side.Units[x];
            if (unit.Segment != side.Units[i].Segment)
            {
                return null;
            }

            switch (unit.Kind)
            {
                case UnitKind.Entity:
                    return x;
                case UnitKind.Quantity or UnitKind.Date:
                    continue;
            }

            switch (unit.Class)
            {
                case WordClass.Noun or WordClass.ProperNoun or WordClass.Unknown:
                    return x;
                case WordClass.Adjective:
                    continue;
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>Whether a sentence uses a word (or another spelling of it) anywhere with the same polarity: "not
    /// life-threatening" does not use "life-threatening".</summary>
    private static bool Uses(TextProfile side, AlignmentUnit word) =>
        side.Units.Any(u => u.Kind == UnitKind.Word && u.InNegationScope == word.InNegationScope && AttributeWords.SameMember(u.Key, word.Key));

    /// <summary>The person an attribute word is said of, when the sentence names one the other does not mention:
    /// the nearest entity before the word in its segment that is not the object of a preposition, within
    /// <see cref="SubjectReach"/> units, a person or a name of unknown type, and with no counterpart. When both words have such a person, they describe two people.</summary>
    private static bool PersonBefore(TextProfile side, int i, IReadOnlyList<double> similarities)
    {
        for (var x = i - 1; x >= 0 && x >= i - SubjectReach && side.Units[x].Segment == side.Units[i].Segment; x--)
        {
            // A name after a preposition ("transferred to Mercy") is where or by whom, not who.
            if (side.Units[x] is { Kind: UnitKind.Entity, AfterPreposition: false })
            {
                return side.Units[x].MayBePerson && similarities[x] < UnitMatcher.StemScore;
            }
        }

        return false;
    }
}
