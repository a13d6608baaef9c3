using CrossCheck.Text;

namespace CrossCheck.Alignment;

/// <summary>How one sentence of another article bears on a claim: its relation (null when it does not bear on
/// it), the weighted coverage of the claim, conflicts, and the per-unit similarities for combining several
/// sentences of one source.</summary>
internal sealed record Judgement(
    ClaimRecord Candidate,
    EvidenceRelation? Relation,
    double Coverage,
    double Reverse,
    IReadOnlyList<string> Conflicts,
    IReadOnlyList<double> UnitSimilarities,
    int QuantitiesConfirmed,
    bool IsPiece,
    int DatesConfirmed = 0,
    IReadOnlyList<ConflictSides>? Sides = null);

internal static class EvidenceJudge
{
    public static Judgement Judge(ClaimRecord claim, ClaimRecord candidate, PairAlignment alignment, UnitMatcher matcher, AlignmentThresholds thresholds)
    {
        var profile = claim.Profile;
        var coverage = WordAligner.Coverage(profile, alignment.SimilarityA);
        var reverse = WordAligner.Coverage(candidate.Profile, alignment.SimilarityB);
        var nonSlotCoverage = WordAligner.Coverage(profile, alignment.SimilarityA, IsWordOrEntity);
        var reverseNonSlot = WordAligner.Coverage(candidate.Profile, alignment.SimilarityB, IsWordOrEntity);

        // The whole sentences state the same thing when the claim is covered and the other sentence is not
        // mostly about something else (a short claim is easily covered by a long sentence on another matter).
        var sameStatement = nonSlotCoverage >= thresholds.SameStatement && reverseNonSlot >= thresholds.Partial;
        var cosine = SemanticSimilarity.Of(claim, candidate);
        var slots = SlotComparison.Compare(profile, candidate.Profile, alignment, matcher, sameStatement, cosine >= thresholds.SameFigureCosine, cosine >= thresholds.ParaphraseCosine);
        var aligned = alignment.SimilarityA.Count(s => s > 0);

        EvidenceRelation? relation = null;
        var conflicts = slots.Conflicts;
        // A clash in matching frames is a contradiction when the sentences share enough besides: figures need
        // a substantial share (lists of figures repeat the words around them: "won 40 seats in ..."), a date
        // only a part (two sentences giving the day an event began rarely say much else alike).
        var shared = Math.Max(coverage, reverse);
        // A sole measurement of its kind on each side (one area, one length, one place in a ranking) is one slot
        // like a date is: a part in common is enough.
        var framed = (slots.FramedQuantityConflict && shared >= thresholds.Partial)
            || ((slots.FramedDateConflict || slots.SoleMeasurementConflict) && shared >= thresholds.PartialWhenContained)
            || (slots.EventSlotConflict && EventSlot.SameEvent(claim, candidate));
        // Opposite words need the partial bar; one thing said to be switched on and off is one event by its
        // embedding too (the words around it may differ: "when the jet began to shake" / "before the aircraft hit").
        var opposite = shared >= thresholds.Partial ? Opposition.Locate(profile, candidate.Profile, alignment, matcher)
            : EventSlot.SameEvent(claim, candidate) ? Opposition.LocateParticles(profile, candidate.Profile, alignment) : null;
        var deniesTheOpposite = opposite is not null && DeniesTheOpposite(profile, candidate.Profile, opposite);
        // The clashes below that are not of figures stand only in sentences about the same event: sharing a part, or
        // one event by their embeddings.
        bool AboutTheSameEvent() => shared >= thresholds.Partial || EventSlot.SameEvent(claim, candidate);
        // A value on an exclusive scale, looked for once: a denial step and the attribute step both read it.
        (bool Read, string? Text) attributes = (false, null);
        string? AttributeConflict()
        {
            if (!attributes.Read)
            {
                attributes = (true, AttributeClash.Find(profile, candidate.Profile, alignment, matcher, AboutTheSameEvent));
            }

            return attributes.Text;
        }

        if (conflicts.Count > 0 && (sameStatement || framed))
        {
            relation = EvidenceRelation.Contradicts;
        }
        else if (TallyClash.Find(claim.Claim.Text, candidate.Claim.Text, AboutTheSameEvent) is { } tally)
        {
            // One contest figure given two ways in sentences about the same event: a side's record ("52-3" / "53-3")
            // or a game clock ("7:42 left" / "7 minutes 41 seconds to go"); a negation elsewhere in either sentence
            // ("a shot that never looks pretty") does not touch the figure.
            relation = EvidenceRelation.Contradicts;
            conflicts = [tally];
        }
        else if (SuperlativeRankClash.Find(claim.Claim.Text, candidate.Claim.Text, AboutTheSameEvent) is { } rank)
        {
            // One thing given two places in one ranking ("the largest seizure" / "the second-largest seizure").
            relation = EvidenceRelation.Contradicts;
            conflicts = [rank];
        }
        else if (profile.Negated != candidate.Profile.Negated && !deniesTheOpposite && !DeniesAnAccusation(profile, candidate.Profile)
            && !BoundsOnlyADegree(profile.Negated ? profile : candidate.Profile, profile.Negated ? candidate.Profile : profile)
            && (profile.Negated
                ? MeetsTheNegatedPredicate(profile, alignment.SimilarityA, alignment.MatchA, candidate.Profile)
                : MeetsTheNegatedPredicate(candidate.Profile, alignment.SimilarityB, alignment.MatchB, profile))
            && (DeniesTheOther(profile, alignment.SimilarityA, shared, thresholds)
                || DeniesTheOther(candidate.Profile, alignment.SimilarityB, shared, thresholds)
                || (Math.Max(coverage, nonSlotCoverage) >= thresholds.Supports && reverseNonSlot >= thresholds.SameStatement)))
        {
            relation = EvidenceRelation.Contradicts;
            conflicts = [PolarityConflict(claim.Profile, candidate.Profile)];
        }
        else if (!deniesTheOpposite
            && (TouchesTheDenial(profile, alignment.SimilarityA, candidate.Profile) || TouchesTheDenial(candidate.Profile, alignment.SimilarityB, profile))
            && AttributeConflict() is null)
        {
            // An affirmed sentence never supports a denial of what it states, nor the reverse, even when the denied
            // words are paraphrased ("denied that it had released water" / "opened the floodgates"): where the
            // other sentence meets what a negation governs, it is no confirmation. A negated predicate that is a
            // value on a scale ("her injuries were not life-threatening") is that scale's other end, compared below.
            relation = null;
        }
        else if (opposite is not null && !deniesTheOpposite)
        {
            relation = EvidenceRelation.Contradicts;
            conflicts = [opposite.Text];
        }
        else if (PersonAges.Clash(profile, candidate.Profile) is { } ages)
        {
            // One named person given two ages ("Robert Buckley, 32," / "31-year-old Robert Buckley"), whatever else
            // the two sentences tell.
            relation = EvidenceRelation.Contradicts;
            conflicts = [ages];
        }
        else if (AttributeConflict() is { } attributeConflict)
        {
            // One thing described with two members of an exclusive class ("silver" / "grey" car, "stable" /
            // "critical" condition) in sentences about the same event.
            relation = EvidenceRelation.Contradicts;
            conflicts = [attributeConflict];
        }
        else if (StateClash.Find(profile, candidate.Profile, alignment, AboutTheSameEvent) is { } states)
        {
            // One holder in states from opposite ends of one scale ("destroyed" / "left intact", "died" / "found
            // alive") in sentences about the same event.
            relation = EvidenceRelation.Contradicts;
            conflicts = [states];
        }
        else if (NameClash.Find(profile, candidate.Profile, matcher, AboutTheSameEvent) is { } names)
        {
            // One role holder named differently ("general manager A.J. Smith" / "general manager A.J. Butler") in
            // sentences about the same event: one of the two reports has the name wrong.
            relation = EvidenceRelation.Contradicts;
            conflicts = [names];
        }
        else if (PlaceClash.Find(profile, candidate.Profile, alignment, matcher, AboutTheSameEvent) is { } places)
        {
            // One event, or one person's origin, put in two places that cannot both hold ("off Crete" / "off Malta",
            // "a miner from Brelton" / "a miner from Oskarsby") in sentences about the same event.
            relation = EvidenceRelation.Contradicts;
            conflicts = [places];
        }
        else if (aligned < thresholds.MinimumAlignedUnits
            || (cosine < thresholds.SupportCosine && coverage < thresholds.VerbatimCoverage && !InsideWithAFigure(reverseNonSlot, slots, thresholds)))
        {
            relation = null;
        }
        // A claim with asides is supported by a sentence that states its main statement whole, unless a figure or date
        // anywhere in the two sentences clashes (decision 376).
        else if (coverage >= thresholds.Supports || (coverage >= thresholds.MutualSupports && reverse >= thresholds.Supports)
            || (coverage >= thresholds.Partial && cosine >= thresholds.ParaphraseCosine && reverse < thresholds.Supports)
            || (slots.Conflicts.Count == 0 && ClaimClauses.CoversTheMainStatement(profile, alignment.SimilarityA, thresholds.Supports))
            || (ConfirmsTheCore(profile, alignment.SimilarityA, slots, coverage, reverse, thresholds) && SharesWhatHappened(profile, alignment.SimilarityA)))
        {
            relation = EvidenceRelation.Supports;
        }
        else if (PartlyStates(coverage, reverse, thresholds) && SharesWhatHappened(profile, alignment.SimilarityA))
        {
            relation = EvidenceRelation.Partial;
        }

        if (relation != EvidenceRelation.Contradicts)
        {
            conflicts = [];
        }

        var piece = relation is null && aligned >= thresholds.MinimumAlignedUnits && coverage >= thresholds.PartialWhenContained
            && relation is null && !TouchesTheDenial(profile, alignment.SimilarityA, candidate.Profile) && !TouchesTheDenial(candidate.Profile, alignment.SimilarityB, profile)
            && (cosine >= thresholds.SupportCosine || coverage >= thresholds.VerbatimCoverage);
        return new Judgement(candidate, relation, coverage, reverse, conflicts, alignment.SimilarityA, slots.QuantitiesConfirmed, piece,
            DatesConfirmed(profile, candidate.Profile, alignment), relation == EvidenceRelation.Contradicts && conflicts == slots.Conflicts ? slots.Sides : null);
    }

    /// <summary>The other sentence confirms the claim's core and says nothing the claim does not: it lies mostly inside
    /// the claim (reverse coverage at least <see cref="AlignmentThresholds.Supports"/>), covers a substantial part of it
    /// (<see cref="AlignmentThresholds.Partial"/>), confirms every figure of the claim's statement with none clashing,
    /// and names everyone and everything the statement names (each name matched in full, or as the same entity's
    /// word). What the claim adds beyond it are then modifiers and circumstances ("five other <i>bank</i> workers were
    /// rescued from the balcony <i>of the burning building</i>" / "Firefighters rescued another five people from the
    /// balcony"), and the sentence supports it; with a predicate (<see cref="SharesWhatHappened"/>) required by the
    /// caller. A claim figure or name left unconfirmed may be where the two reports differ ("a foreman from the village
    /// of Hestrup" / "a foreman from Dolvenna"), so it keeps the sentence at partial support (decision 441).</summary>
    internal static bool ConfirmsTheCore(TextProfile claim, IReadOnlyList<double> similarities, SlotComparison slots, double coverage, double reverse, AlignmentThresholds thresholds)
    {
        if (reverse < thresholds.Supports || coverage < thresholds.Partial || slots.Conflicts.Count > 0)
        {
            return false;
        }

        var figures = 0;
        for (var i = 0; i < claim.Units.Count; i++)
        {
            var unit = claim.Units[i];
            if (unit.Aside || unit.Background)
            {
                continue;
            }

            if (unit.Kind == UnitKind.Quantity)
            {
                figures++;
            }
            else if (unit.Kind == UnitKind.Entity && similarities[i] < UnitMatcher.EntityWordScore)
            {
                return false;
            }
        }

        return slots.QuantitiesConfirmed >= figures;
    }

    /// <summary>The other sentence states a part of the claim: it covers a substantial part of the claim
    /// (<see cref="AlignmentThresholds.Partial"/>) and is itself at least a little about it (a share of
    /// <see cref="AlignmentThresholds.PartialWhenContained"/> inside the claim), or it is mostly about the claim
    /// (<see cref="AlignmentThresholds.ContainedReverse"/>) and covers at least that little of it. The two bars mirror
    /// each other: a long sentence on another matter that shares a short claim's topic words ("Farmers in Alde have
    /// been told to keep their cattle indoors" / "The ministry, which has faced months of criticism from farmers'
    /// unions ..., said the cattle disease found in Alde had been contained") covers much of the claim while almost
    /// all of it is about something else: it is no partial support (decision 440).</summary>
    internal static bool PartlyStates(double coverage, double reverse, AlignmentThresholds thresholds) =>
        (coverage >= thresholds.Partial && reverse >= thresholds.PartialWhenContained)
        || (reverse >= thresholds.ContainedReverse && coverage >= thresholds.PartialWhenContained);

    /// <summary>The other sentence lies mostly inside the claim (its words and names covered by it at least
    /// <see cref="AlignmentThresholds.Supports"/>) and confirms a figure of it with none clashing: it states a part of the
    /// claim however far apart the two embeddings are, for a short sentence inside a long one is far from it as a whole
    /// ("Two workers were killed in the blast" / "An explosion tore through a chemical warehouse ..., killing two dock
    /// workers and injuring 14 others"). Decision 389.</summary>
    private static bool InsideWithAFigure(double reverseNonSlot, SlotComparison slots, AlignmentThresholds thresholds) =>
        reverseNonSlot >= thresholds.Supports && slots.QuantitiesConfirmed > 0 && slots.Conflicts.Count == 0;

    /// <summary>How many of the claim's dates the other sentence states: the same date, or a more precise one
    /// inside it ("20 November" confirms "November"; "this year" only contains "July" and does not).</summary>
    internal static int DatesConfirmed(TextProfile claim, TextProfile other, PairAlignment alignment)
    {
        var confirmed = 0;
        for (var i = 0; i < claim.Units.Count; i++)
        {
            if (claim.Units[i] is { Kind: UnitKind.Date, OfStatement: false } && alignment.SimilarityA[i] > 0
                && other.Units[alignment.MatchA[i]] is { Kind: UnitKind.Date } match
                && TimexInterval.Within(match.Key, claim.Units[i].Key))
            {
                confirmed++;
            }
        }

        return confirmed;
    }

    /// <summary>Whether the other sentence meets the claim in what happened, not only in who it is about: when the
    /// claim has verbs, one of them is aligned. A sentence that shares only the people, their ages and the
    /// background ("John Rell, 23, had been sectioned ... before the murder" / "John Rell, 23, has been charged with
    /// the murder") is no partial support.</summary>
    internal static bool SharesWhatHappened(TextProfile claim, IReadOnlyList<double> similarities)
    {
        var hasVerb = false;
        for (var i = 0; i < claim.Units.Count; i++)
        {
            if (claim.Units[i] is { Kind: UnitKind.Word, Class: WordClass.Verb })
            {
                hasVerb = true;
                if (similarities[i] > 0)
                {
                    return true;
                }
            }
        }

        return !hasVerb;
    }

    private static bool IsWordOrEntity(AlignmentUnit unit) => unit.Kind is UnitKind.Word or UnitKind.Entity;

    /// <summary>A negation whose first word in reach other than a verb is a heavy degree ("suffered no <i>serious</i>
    /// injuries", "were not <i>badly</i> hurt", "did not cause <i>major</i> damage") denies only that degree: it agrees with a light degree or with none ("minor injuries",
    /// "were hurt") and clashes in polarity only with a heavy one ("serious injuries", <see cref="AttributeWords"/>).</summary>
    private static bool BoundsOnlyADegree(TextProfile negated, TextProfile affirmed)
    {
        var first = negated.Units.Where(u => u.InNegationScope && u is { Kind: UnitKind.Word } && u.Class != WordClass.Verb).MinBy(u => u.Position);
        return first is not null && (AttributeWords.IsHeavyDegree(first.Surface) || AttributeWords.IsHeavyDegree(first.Key))
            && !affirmed.Units.Any(u => u.Kind == UnitKind.Word && (AttributeWords.IsHeavyDegree(u.Surface) || AttributeWords.IsHeavyDegree(u.Key)));
    }

    /// <summary>The negated side denies what the other states when what its negation governs ("denied that
    /// <i>it planned to replace striking workers</i>", "had not <i>opened the floodgates</i>") is aligned with
    /// the other sentence, and the two sentences share a substantial part. Without a cue (a claim negated by
    /// "refused to"), the scope is the whole sentence.</summary>
    private static bool DeniesTheOther(TextProfile negated, IReadOnlyList<double> similarities, double sharedCoverage, AlignmentThresholds thresholds)
    {
        if (!negated.Negated || sharedCoverage < thresholds.Partial)
        {
            return false;
        }

        var hasScope = negated.Units.Any(u => u.InNegationScope && IsWordOrEntity(u));
        bool InScope(AlignmentUnit u) => IsWordOrEntity(u) && (!hasScope || u.InNegationScope);
        var alignedInScope = negated.Units.Where((u, i) => InScope(u) && similarities[i] > 0).Count();
        return alignedInScope >= thresholds.MinimumAlignedUnits
            && WordAligner.Coverage(negated, similarities, InScope) >= thresholds.SameStatement;
    }

    /// <summary>A denial contradicts only a statement of the same happening: when the negated side has verbs where its
    /// negation reaches (the negating verb itself aside: "ruled out a leak"), one of them is matched as the same word, a
    /// synonym, a derivation or a direct hypernym ("nobody was hurt" / "two firefighters were hurt"), not as a loose
    /// relative ("no one was injured" / "the fire destroyed a large section of the store"). A counterpart that is a word
    /// the negated side itself states elsewhere is that word said again, not the predicate: in "nobody was hurt in the
    /// blast" / "the blast ... and the blast site", the second "blast" is no paraphrase of "hurt", however WordNet links
    /// them (<see cref="EchoesTheNegatedSide"/>).</summary>
    private static bool MeetsTheNegatedPredicate(TextProfile negated, IReadOnlyList<double> similarities, IReadOnlyList<int> matches, TextProfile other)
    {
        var hasScope = negated.Units.Any(u => u.InNegationScope && IsWordOrEntity(u));
        var hasVerb = false;
        for (var i = 0; i < negated.Units.Count; i++)
        {
            if (negated.Units[i] is { Kind: UnitKind.Word, Class: WordClass.Verb } verb && (!hasScope || verb.InNegationScope)
                && !NegationWords.IsNegatingVerb(verb.Key))
            {
                hasVerb = true;
                if (similarities[i] >= UnitMatcher.StemScore && !EchoesTheNegatedSide(negated, i, other.Units[matches[i]]))
                {
                    return true;
                }
            }
        }

        return !hasVerb;
    }

    /// <summary>The counterpart of word <paramref name="i"/> is a word with another lemma that the negated side also
    /// holds: it repeats that word, it does not restate word <paramref name="i"/>.</summary>
    private static bool EchoesTheNegatedSide(TextProfile negated, int i, AlignmentUnit counterpart) =>
        counterpart.Kind == UnitKind.Word && !string.Equals(counterpart.Key, negated.Units[i].Key, StringComparison.Ordinal)
        && negated.Units.Any(u => u.Kind == UnitKind.Word && string.Equals(u.Key, counterpart.Key, StringComparison.Ordinal));

    /// <summary>One side is negated and the other is not, and a word or name the negation governs is aligned with
    /// the other sentence: what one denies, the other touches. Without a cue (a claim negated by "refused to"), the
    /// whole sentence is governed. A negation elsewhere ("did not rule out another increase, and said prices of food
    /// have risen fastest") leaves the rest of the sentence to be confirmed.</summary>
    private static bool TouchesTheDenial(TextProfile negated, IReadOnlyList<double> similarities, TextProfile other)
    {
        if (!negated.Negated || other.Negated)
        {
            return false;
        }

        var hasScope = negated.Units.Any(u => u.InNegationScope && IsWordOrEntity(u));
        for (var i = 0; i < negated.Units.Count; i++)
        {
            var unit = negated.Units[i];
            if (IsWordOrEntity(unit) && (!hasScope || unit.InNegationScope) && similarities[i] > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One side denies the opposite of what the other states ("denied that the alarms were off" / "the alarms
    /// were switched on"): the negated side's opposite word is where its negation reaches, and two reversals agree.
    /// Neither the polarity nor the opposite then makes a contradiction, and the pair is judged as if both affirmed.</summary>
    private static bool DeniesTheOpposite(TextProfile claim, TextProfile other, OppositePair opposite)
    {
        if (claim.Negated == other.Negated)
        {
            return false;
        }

        var (negated, index) = claim.Negated ? (claim, opposite.Claim) : (other, opposite.Other);
        return negated.Units[index].InNegationScope;
    }

    /// <summary>"A man denied arson" / "A man was charged with arson": the affirmed side reports an accusation or a
    /// rumour (<see cref="NegationWords.AccusingVerbs"/>), which a denial of the act ("denied", "rejected", "dismissed
    /// claims that", "discounted rumours that") does not contradict.</summary>
    private static bool DeniesAnAccusation(TextProfile a, TextProfile b)
    {
        var (negated, affirmed) = a.Negated ? (a, b) : (b, a);
        return negated.NegationCues.Any(cue => Lexicon.Default.Lemma(cue.ToLowerInvariant(), PartOfSpeech.Verb) is var lemma
                && (NegationWords.DenyingVerbs.Contains(lemma) || NegationWords.DismissingVerbs.Contains(lemma)))
            && affirmed.Units.Any(u => u.Kind == UnitKind.Word && NegationWords.AccusingVerbs.Contains(u.Key));
    }

    private static string PolarityConflict(TextProfile claim, TextProfile other)
    {
        var cue = (claim.Negated ? claim : other).NegationCues.FirstOrDefault() ?? "not";
        return claim.Negated ? $"negated (\"{cue}\") vs affirmed" : $"affirmed vs negated (\"{cue}\")";
    }
}
