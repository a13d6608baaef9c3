using CrossCheck.Text;

namespace CrossCheck.Alignment;

/// <summary>Two sentences that say the same thing with opposite words in one place ("the index rose" / "the
/// index fell", "voted for" / "voted against" read through "approved" / "rejected"): a word of the claim that found
/// no counterpart and a word of the other sentence that found none are antonyms, of the same word class, with
/// the same words around them on the same sides. The side condition keeps converses apart: "A sold the plant to B"
/// and "B bought the plant from A" have the names on opposite sides of the verbs and do not conflict.</summary>
internal static class Opposition
{
    /// <summary>Content units looked at on each side of the two words.</summary>
    private const int Reach = 3;

    /// <summary>The pair of opposite words ("rose vs fell") with the index of each word in its sentence, or null when
    /// there is none.</summary>
    public static OppositePair? Locate(TextProfile claim, TextProfile other, PairAlignment alignment, UnitMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(alignment);
        ArgumentNullException.ThrowIfNull(matcher);
        if (AtDifferentTimes(claim, alignment.SimilarityA, other) || AtDifferentTimes(other, alignment.SimilarityB, claim))
        {
            return null;
        }

        for (var i = 0; i < claim.Units.Count; i++)
        {
            var unit = claim.Units[i];
            if (unit.Kind != UnitKind.Word || alignment.SimilarityA[i] >= UnitMatcher.StemScore)
            {
                continue;
            }

            for (var j = 0; j < other.Units.Count; j++)
            {
                var candidate = other.Units[j];
                if (candidate.Kind == UnitKind.Word && alignment.SimilarityB[j] < UnitMatcher.StemScore
                    && SameClass(unit.Class, candidate.Class)
                    && matcher.AreOpposites(unit, candidate)
                    && SameSurroundings(claim, i, other, j, alignment)
                    && !GovernDifferentThings(claim, i, other, j, alignment))
                {
                    return new OppositePair(i, j, $"{unit.Surface} vs {candidate.Surface}");
                }
            }
        }

        return LocateParticles(claim, other, alignment);
    }

    /// <summary>One verb with opposite particles ("the alarms were switched on" / "the alarms were switched off", "shares
    /// went up" / "shares went down"), or one thing in opposite states ("the alarms were off" / "the alarms were
    /// switched on"): two units aligned with each other at stem strength or more whose particles
    /// (<see cref="ParticleOf"/>) are opposites, standing among the same words about the same thing, as opposite
    /// words must.</summary>
    public static OppositePair? LocateParticles(TextProfile claim, TextProfile other, PairAlignment alignment)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(alignment);
        if (AtDifferentTimes(claim, alignment.SimilarityA, other) || AtDifferentTimes(other, alignment.SimilarityB, claim))
        {
            return null;
        }

        for (var i = 0; i < claim.Units.Count; i++)
        {
            var j = alignment.MatchA[i];
            if (j < 0 || alignment.SimilarityA[i] < UnitMatcher.StemScore
                || ParticleOf(claim, i) is not { } a || ParticleOf(other, j) is not { } b
                || !EventWords.OppositeParticles.TryGetValue(a.Particle, out var opposite) || opposite != b.Particle)
            {
                continue;
            }

            // The particles are said of one aligned thing, so its neighbours may stand a little farther from it: an
            // auxiliary phrase or a figure ("had been switched on 20 minutes before ...") sits between them.
            if (SameSurroundings(claim, i, other, j, alignment, 2 * (Reach + 1)) && !GovernDifferentThings(claim, a.Index, other, b.Index, alignment))
            {
                return new OppositePair(a.Index, b.Index,
                    $"{claim.Units[a.Index].Surface} {a.Particle} vs {other.Units[b.Index].Surface} {b.Particle}");
            }
        }

        return null;
    }

    /// <summary>The particle said of unit <paramref name="i"/> and the unit that carries it: its own ("switched
    /// <i>off</i>", "the alarms were <i>off</i>"), or else that of the first verb after it within <see cref="Reach"/>
    /// units of its segment ("the alarms were switched <i>on</i>"; the tagger may read the noun itself as a verb).</summary>
    private static (int Index, string Particle)? ParticleOf(TextProfile side, int i)
    {
        var unit = side.Units[i];
        if (unit.Particle is { } own)
        {
            return (i, own);
        }

        if (unit.Kind is not (UnitKind.Word or UnitKind.Entity))
        {
            return null;
        }

        for (var x = i + 1; x < side.Units.Count && x <= i + Reach && side.Units[x].Segment == unit.Segment; x++)
        {
            if (side.Units[x] is { Kind: UnitKind.Word, Class: WordClass.Verb } verb)
            {
                return verb.Particle is { } particle ? (x, particle) : null;
            }
        }

        return null;
    }

    /// <summary>Opposite words at different times describe different moments, not a clash ("began on Monday" /
    /// "will end on Friday", "rose in March" / "fell in April"): one side dates its event and the other gives a date
    /// that the first one's does not match.</summary>
    internal static bool AtDifferentTimes(TextProfile side, IReadOnlyList<double> similarities, TextProfile other)
    {
        if (!other.Units.Any(IsEventDate))
        {
            return false;
        }

        for (var i = 0; i < side.Units.Count; i++)
        {
            if (IsEventDate(side.Units[i]) && similarities[i] <= 0)
            {
                return true;
            }
        }

        return false;

        static bool IsEventDate(AlignmentUnit unit) => unit.Kind == UnitKind.Date && !unit.OfStatement;
    }

    /// <summary>Both verbs, both nouns, or both modifiers: an adjective and an adverb are one class here, since a
    /// tagger reads "ill" in "ill - equipped" as either.</summary>
    private static bool SameClass(WordClass a, WordClass b) =>
        (a == b && a is WordClass.Verb or WordClass.Noun) || (IsModifier(a) && IsModifier(b));

    private static bool IsModifier(WordClass c) => c is WordClass.Adjective or WordClass.Adverb;

    /// <summary>What each word governs, the content word right after it ("began <i>distributing</i>" /
    /// "completed <i>the shipment</i>"), is a noun or verb that found no counterpart on either side: the two
    /// opposites are about different things, not one thing said two ways.</summary>
    private static bool GovernDifferentThings(TextProfile claim, int i, TextProfile other, int j, PairAlignment alignment)
    {
        var governedA = i + 1;
        var governedB = j + 1;
        return governedA < claim.Units.Count && governedB < other.Units.Count
            && claim.Units[governedA].Segment == claim.Units[i].Segment && other.Units[governedB].Segment == other.Units[j].Segment
            && IsUnmatchedNounOrVerb(claim.Units[governedA], alignment.SimilarityA[governedA])
            && IsUnmatchedNounOrVerb(other.Units[governedB], alignment.SimilarityB[governedB]);

        static bool IsUnmatchedNounOrVerb(AlignmentUnit unit, double similarity) =>
            unit is { Kind: UnitKind.Word, Class: WordClass.Noun or WordClass.Verb } && similarity < SlotFrame.MinimumSimilarity;
    }

    /// <summary>The two words stand among the same words: the aligned units near each of them are aligned with
    /// units near the other, on the same side (<see cref="NearOnTheSameSide"/>), looked at from both sentences. The
    /// words an opposite describes must be its neighbours in both sentences: "his little sister" does not clash with
    /// "a 23-year-old man ... his mother and sister", where "sister" is far from "old" and "man" found no
    /// counterpart, and "aid workers began distributing food" does not clash with "relief workers had completed the
    /// shipment of ... food", where what began and what was completed differ.</summary>
    private static bool SameSurroundings(TextProfile claim, int i, TextProfile other, int j, PairAlignment alignment, int within = Reach + 1) =>
        NearOnTheSameSide(claim, i, j, alignment.MatchA, alignment.SimilarityA, within)
        && NearOnTheSameSide(other, j, i, alignment.MatchB, alignment.SimilarityB, within);

    /// <summary>A word set alone between quotation marks (appeared to be "insufficiently" equipped): its segment
    /// holds only itself, and its neighbours are read across the marks.</summary>
    private static bool IsQuotedAlone(TextProfile side, int i) =>
        (i == 0 || side.Units[i - 1].Segment != side.Units[i].Segment)
        && (i == side.Units.Count - 1 || side.Units[i + 1].Segment != side.Units[i].Segment);

    /// <summary>The aligned units near word <paramref name="i"/> (within its segment, or across the quotation marks
    /// of a word quoted alone) are aligned with units on the
    /// same side of word <paramref name="j"/> and near it (within <paramref name="within"/> units, <see cref="Reach"/> + 1
    /// for opposite words), none elsewhere,
    /// and there is at least one.</summary>
    private static bool NearOnTheSameSide(TextProfile side, int i, int j, IReadOnlyList<int> matches, IReadOnlyList<double> similarities, int within)
    {
        var consistent = 0;
        var quotedAlone = IsQuotedAlone(side, i);
        foreach (var direction in (ReadOnlySpan<int>)[-1, +1])
        {
            var taken = 0;
            for (var x = i + direction; x >= 0 && x < side.Units.Count && taken < Reach; x += direction)
            {
                if (side.Units[x].Segment != side.Units[i].Segment && !quotedAlone)
                {
                    break;
                }

                taken++;
                var match = matches[x];
                if (match < 0 || similarities[x] < SlotFrame.MinimumSimilarity)
                {
                    continue;
                }

                if (Math.Sign(match - j) != direction || Math.Abs(match - j) > within)
                {
                    return false;
                }

                consistent++;
            }
        }

        return consistent > 0;
    }
}

/// <summary>Two opposite words: the index of each in its sentence's units and how the clash reads ("rose vs fell").</summary>
internal sealed record OppositePair(int Claim, int Other, string Text);
