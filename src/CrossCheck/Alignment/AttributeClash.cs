using CrossCheck.Text;

namespace CrossCheck.Alignment;

/// <summary>Two sentences that describe one thing with different members of one exclusive class of attributes
/// (<see cref="AttributeWords"/>): "a silver sedan" / "a grey 2014 sedan", "listed in stable condition" /
/// "hospitalized in critical condition". Neither sentence uses the other's attribute word, each modifies the next noun or
/// name of its sentence (past figures, dates and other modifiers: "grey 2014 sedan"), and those two heads are
/// aligned with each other, so both words describe the same thing. A word the other sentence also uses ("in
/// critical but stable condition" against "in stable condition") is no clash, nor are two words each said of a
/// person the other sentence does not mention (two patients, the cars of two owners).</summary>
internal static class AttributeClash
{
    /// <summary>Units after an attribute word looked at for its head.</summary>
    private const int HeadReach = 3;

    /// <summary>Units before an attribute word looked at for the person it is said of.</summary>
    private const int SubjectReach = 8;

    /// <summary>The two attribute words ("silver vs grey"), or null when there is no such clash. A clash needs the
    /// two sentences to be about the same event (<paramref name="sameEvent"/>), unless the thing described is a name
    /// both sentences give (an entity: "a silver Orvik Tern" / "a grey 2014 Orvik Tern"), which is one thing however
    /// else the sentences differ.</summary>
    public static string? Find(TextProfile claim, TextProfile other, PairAlignment alignment, Func<bool> sameEvent)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(alignment);
        ArgumentNullException.ThrowIfNull(sameEvent);
        for (var i = 0; i < claim.Units.Count; i++)
        {
            if (!IsAttributeCandidate(claim.Units[i]) || Head(claim, i) is not { } headA
                || alignment.SimilarityA[headA] < UnitMatcher.StemScore || alignment.MatchA[headA] is var headB && headB < 0
                || AttributeWords.ClassOf(claim.Units[i].Key, claim.Units[headA].Key) is not { } classA
                || Uses(other, claim.Units[i].Key))
            {
                continue;
            }

            for (var j = 0; j < other.Units.Count; j++)
            {
                if (IsAttributeCandidate(other.Units[j]) && Head(other, j) == headB
                    && AttributeWords.ClassOf(other.Units[j].Key, other.Units[headB].Key) is { } classB
                    && string.Equals(classA.Class, classB.Class, StringComparison.Ordinal)
                    && !string.Equals(classA.Member, classB.Member, StringComparison.Ordinal)
                    && !Uses(claim, other.Units[j].Key)
                    && !(PersonBefore(claim, i, alignment.SimilarityA) && PersonBefore(other, j, alignment.SimilarityB))
                    && (claim.Units[headA].Kind == UnitKind.Entity || sameEvent()))
                {
                    return $"{claim.Units[i].Surface} vs {other.Units[j].Surface}";
                }
            }
        }

        return null;
    }

    /// <summary>A word that is not a verb. It may have found a counterpart: WordNet relates members of one class
    /// ("silver" is a shade of grey), which the class makes exclusive here.</summary>
    private static bool IsAttributeCandidate(AlignmentUnit unit) =>
        unit is { Kind: UnitKind.Word } && unit.Class != WordClass.Verb;

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

    /// <summary>Whether a sentence uses a word (or another spelling of it) anywhere.</summary>
    private static bool Uses(TextProfile side, string word) =>
        side.Units.Any(u => u.Kind == UnitKind.Word && AttributeWords.SameMember(u.Key, word));

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
