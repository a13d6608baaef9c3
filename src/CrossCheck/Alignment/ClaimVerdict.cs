namespace CrossCheck.Alignment;

/// <summary>Turns the judgements of a claim's candidate sentences (independent sources only) into a status
/// and an evidence list.</summary>
internal static class ClaimVerdict
{
    public static AssessedClaim Decide(ClaimRecord claim, IReadOnlyList<Judgement> judgements, AlignmentThresholds thresholds)
    {
        var usable = judgements
            .Where(j => j.Relation == EvidenceRelation.Contradicts || AddressesFigures(claim, j))
            .ToList();
        var status = ClaimStatus.SingleSource;
        if (usable.Any(j => j.Relation == EvidenceRelation.Contradicts))
        {
            status = ClaimStatus.Contradicted;
        }
        else if (usable.GroupBy(j => j.Candidate.ArticleId, StringComparer.Ordinal).Any(source => CoversAll(claim, source.ToList(), thresholds)))
        {
            status = ClaimStatus.Corroborated;
        }
        else if (usable.Count > 0)
        {
            status = ClaimStatus.Partial;
        }

        var evidence = usable
            .OrderBy(j => j.Relation switch { EvidenceRelation.Contradicts => 0, EvidenceRelation.Supports => 1, _ => 2 })
            .ThenByDescending(j => j.Coverage)
            .ThenBy(j => j.Candidate.Index)
            .Select(j => new Evidence(j.Candidate.ArticleId, j.Candidate.Claim.Id, j.Candidate.Claim.Text, j.Relation!.Value, j.Coverage, j.Conflicts))
            .ToList();
        return new AssessedClaim(claim.ArticleId, claim.Claim, status, evidence);
    }

    /// <summary>A claim that states a figure is about that figure: a sentence that supports the rest of it
    /// without stating a compatible figure for the same thing does not confirm it, not even in part
    /// ("NATO increased its troops" does not check "NATO raised its troops to 4,500").</summary>
    private static bool AddressesFigures(ClaimRecord claim, Judgement judgement) =>
        !claim.Profile.HasQuantities || judgement.QuantitiesConfirmed > 0;

    /// <summary>One source confirms all of the claim when its sentences together cover it: each unit takes
    /// its best similarity across that source's supporting sentences.</summary>
    private static bool CoversAll(ClaimRecord claim, IReadOnlyList<Judgement> source, AlignmentThresholds thresholds)
    {
        var best = new double[claim.Profile.Units.Count];
        foreach (var judgement in source)
        {
            for (var i = 0; i < best.Length; i++)
            {
                best[i] = Math.Max(best[i], judgement.UnitSimilarities[i]);
            }
        }

        return WordAligner.Coverage(claim.Profile, best) >= thresholds.Supports;
    }
}
