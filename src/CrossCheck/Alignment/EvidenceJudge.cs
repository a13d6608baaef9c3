namespace CrossCheck.Alignment;

/// <summary>How one sentence of another article bears on a claim: its relation (null when it does not bear on
/// it), the weighted coverage of the claim, conflicts, and the per-unit similarities for combining several
/// sentences of one source.</summary>
internal sealed record Judgement(
    ClaimRecord Candidate,
    EvidenceRelation? Relation,
    double Coverage,
    IReadOnlyList<string> Conflicts,
    IReadOnlyList<double> UnitSimilarities,
    int QuantitiesConfirmed);

internal static class EvidenceJudge
{
    public static Judgement Judge(ClaimRecord claim, ClaimRecord candidate, PairAlignment alignment, UnitMatcher matcher, AlignmentThresholds thresholds)
    {
        var profile = claim.Profile;
        var coverage = WordAligner.Coverage(profile, alignment.SimilarityA);
        var reverse = WordAligner.Coverage(candidate.Profile, alignment.SimilarityB);
        var nonSlotCoverage = WordAligner.Coverage(profile, alignment.SimilarityA, u => u.Kind is UnitKind.Word or UnitKind.Entity);
        var sameStatement = nonSlotCoverage >= thresholds.SameStatement;
        var slots = SlotComparison.Compare(profile, candidate.Profile, matcher, sameStatement);
        var aligned = alignment.SimilarityA.Count(s => s > 0);

        EvidenceRelation? relation = null;
        var conflicts = slots.Conflicts;
        if (conflicts.Count > 0 && sameStatement)
        {
            relation = EvidenceRelation.Contradicts;
        }
        else if (profile.Negated != candidate.Profile.Negated && coverage >= thresholds.Supports)
        {
            relation = EvidenceRelation.Contradicts;
            conflicts = [PolarityConflict(claim.Profile, candidate.Profile)];
        }
        else if (aligned < thresholds.MinimumAlignedUnits)
        {
            relation = null;
        }
        else if (coverage >= thresholds.Supports)
        {
            relation = EvidenceRelation.Supports;
        }
        else if (coverage >= thresholds.Partial || (reverse >= thresholds.ContainedReverse && coverage >= thresholds.PartialWhenContained))
        {
            relation = EvidenceRelation.Partial;
        }

        if (relation != EvidenceRelation.Contradicts)
        {
            conflicts = [];
        }

        return new Judgement(candidate, relation, coverage, conflicts, alignment.SimilarityA, slots.QuantitiesConfirmed);
    }

    private static string PolarityConflict(TextProfile claim, TextProfile other)
    {
        var cue = (claim.Negated ? claim : other).NegationCues.FirstOrDefault() ?? "not";
        return claim.Negated ? $"negated (\"{cue}\") vs affirmed" : $"affirmed vs negated (\"{cue}\")";
    }
}
