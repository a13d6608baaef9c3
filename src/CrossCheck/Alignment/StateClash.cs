using CrossCheck.Text;

namespace CrossCheck.Alignment;

/// <summary>Two sentences that say one holder is in two states from opposite ends of one scale
/// (<see cref="AttributeWords.StateOf"/>): "the fire destroyed the old mill" / "the mill was left largely intact", "the
/// hiker died" / "the hiker was found alive". Each state word has a holder, the nearest noun or name it is said of (for a
/// verb the thing after it, its object, else the one before it; for an adjective the one before it, its subject, else
/// the one after; past a part of it: "a large section <i>of the store</i>"), and the two holders are aligned with each
/// other. Guards: a state word a negation reaches ("the roof was not destroyed") states the other end and is left
/// alone; a sentence that also uses the other's end ("gutted the hall but left the chapel intact") is no clash; a holder
/// counted by a figure ("two miners died" / "eight miners were brought out alive") may be other members of a group;
/// and states at different times ("was critical on Monday" / "recovered by Friday") are two moments.</summary>
internal static class StateClash
{
    /// <summary>Units looked at on each side of a state word for its holder.</summary>
    private const int HolderReach = 4;

    /// <summary>The two state words ("destroyed vs intact"), or null when there is no such clash. A clash needs the two
    /// sentences to be about the same event (<paramref name="sameEvent"/>).</summary>
    public static string? Find(TextProfile claim, TextProfile other, PairAlignment alignment, Func<bool> sameEvent)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(alignment);
        ArgumentNullException.ThrowIfNull(sameEvent);
        if (Opposition.AtDifferentTimes(claim, alignment.SimilarityA, other) || Opposition.AtDifferentTimes(other, alignment.SimilarityB, claim))
        {
            return null;
        }

        for (var i = 0; i < claim.Units.Count; i++)
        {
            if (StateAt(claim, i) is not { } a || UsesEnd(other, a))
            {
                continue;
            }

            for (var j = 0; j < other.Units.Count; j++)
            {
                if (StateAt(other, j) is { } b && AttributeWords.Exclude(a, b) && !UsesEnd(claim, b)
                    && SharesAHolder(claim, i, other, j, alignment) && sameEvent())
                {
                    return $"{claim.Units[i].Surface} vs {other.Units[j].Surface}";
                }
            }
        }

        return null;
    }

    /// <summary>A holder of state word <paramref name="i"/> is aligned at stem strength or more with a holder of state
    /// word <paramref name="j"/>, and neither is counted by a figure.</summary>
    private static bool SharesAHolder(TextProfile claim, int i, TextProfile other, int j, PairAlignment alignment)
    {
        foreach (var holderA in Holders(claim, i))
        {
            var holderB = alignment.MatchA[holderA];
            if (holderB >= 0 && alignment.SimilarityA[holderA] >= UnitMatcher.StemScore && Holders(other, j).Contains(holderB)
                && !IsCounted(claim, holderA) && !IsCounted(other, holderB))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The state a word states, when it is a word of a state scale no negation reaches.</summary>
    private static ScaleValue? StateAt(TextProfile side, int i) =>
        side.Units[i] is { Kind: UnitKind.Word, InNegationScope: false } unit ? AttributeWords.StateOf(unit.Key) : null;

    /// <summary>Whether a sentence states the given end of the scale anywhere, negated or not.</summary>
    private static bool UsesEnd(TextProfile side, ScaleValue value) =>
        side.Units.Any(u => u.Kind == UnitKind.Word && AttributeWords.SameStateEnd(u.Key, value));

    /// <summary>The holders a state word may be said of: the nearest noun or name before it within
    /// <see cref="HolderReach"/> units of its segment (its subject: "the barn was left <i>intact</i>", "the hiker
    /// <i>died</i>"), and for a causative verb also the nearest after it (its object: "the fire <i>destroyed</i> the
    /// barn"), with the common nouns after a common noun, which may make a compound with it ("the flour mill"). The search passes a part noun ("section",
    /// "area") to the thing it is a part of, a name after a preposition ("the mill in Tarnby"), and nouns of events,
    /// acts, phenomena and times, which cause or date a state and do not hold it ("the <i>fire</i> destroyed", "died at
    /// the <i>weekend</i>"). A figure before the state ("two miners died") ends the search: counted holders may be other
    /// members of one group. Looking forward stops at a verb.</summary>
    private static List<int> Holders(TextProfile side, int i)
    {
        var holders = new List<int>(3);
        ReadOnlySpan<int> directions = AttributeWords.HolderFollows(side.Units[i].Key) ? [-1, +1] : [-1];
        foreach (var direction in directions)
        {
            for (var x = i + direction; x >= 0 && x < side.Units.Count && Math.Abs(x - i) <= HolderReach; x += direction)
            {
                var unit = side.Units[x];
                if (unit.Segment != side.Units[i].Segment || unit.Kind == UnitKind.Quantity
                    || (unit.Kind == UnitKind.Word && unit.Class == WordClass.Verb && direction > 0))
                {
                    break;
                }

                if (IsHolder(unit) && !(direction < 0 && unit.AfterPreposition))
                {
                    holders.Add(x);
                    for (var y = x + 1; direction > 0 && unit.Kind == UnitKind.Word && y < side.Units.Count && y <= x + 2
                        && side.Units[y] is { Kind: UnitKind.Word } next && IsHolder(next) && next.Segment == unit.Segment; y++)
                    {
                        holders.Add(y);
                    }

                    break;
                }
            }
        }

        return holders;
    }

    private static bool IsHolder(AlignmentUnit unit) =>
        unit.Kind == UnitKind.Entity
        || (unit.Kind == UnitKind.Word && unit.Class is WordClass.Noun or WordClass.ProperNoun or WordClass.Unknown
            && !AttributeWords.PartNouns.Contains(unit.Key) && !IsCauseOrTime(unit.Key));

    private static bool IsCauseOrTime(string noun) =>
        AttributeWords.StateOf(noun) is not null
        || Lexicon.Default.HasLexicalFile(noun, PartOfSpeech.Noun, "noun.event")
        || Lexicon.Default.HasLexicalFile(noun, PartOfSpeech.Noun, "noun.act")
        || Lexicon.Default.HasLexicalFile(noun, PartOfSpeech.Noun, "noun.phenomenon")
        || Lexicon.Default.HasLexicalFile(noun, PartOfSpeech.Noun, "noun.time");

    /// <summary>A holder right after a figure ("two miners", "eight of the miners" read as a count of them).</summary>
    private static bool IsCounted(TextProfile side, int holder) =>
        holder > 0 && side.Units[holder - 1].Kind == UnitKind.Quantity
        || (holder > 1 && side.Units[holder - 2].Kind == UnitKind.Quantity && side.Units[holder - 1].Class == WordClass.Adjective);
}
