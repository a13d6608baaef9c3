namespace CrossCheck.Alignment;

/// <summary>A clash is mutual: when one sentence contradicts a claim (a different figure, date or polarity for the
/// same thing), the claim's sentence contradicts that sentence's own claim too. Judging is asymmetric (coverage
/// is measured from the claim's side, so a short claim inside a long sentence clears the bar one way only);
/// mirroring keeps a report's "eight years" from standing uncontested while the other's "six years" is
/// marked contradicted.</summary>
internal static class MutualContradictions
{
    public static void Mirror(
        IReadOnlyList<ClaimRecord> claims,
        IReadOnlyList<List<Judgement>> judgements,
        UnitMatcher matcher,
        Func<string, string, bool> independent)
    {
        var mirrored = new List<(int Claim, Judgement Judgement)>();
        for (var x = 0; x < claims.Count; x++)
        {
            foreach (var judgement in judgements[x])
            {
                var y = judgement.Candidate.Index;
                if (judgement.Relation != EvidenceRelation.Contradicts
                    || judgements[y].Any(j => j.Candidate.Index == x && j.Relation == EvidenceRelation.Contradicts)
                    || !independent(claims[y].ArticleId, claims[x].ArticleId))
                {
                    continue;
                }

                mirrored.Add((y, Contradiction(claims[y], claims[x], judgement, matcher)));
            }
        }

        foreach (var (y, contradiction) in mirrored)
        {
            judgements[y].RemoveAll(j => j.Candidate.Index == contradiction.Candidate.Index);
            judgements[y].Add(contradiction);
        }
    }

    private static Judgement Contradiction(ClaimRecord claim, ClaimRecord other, Judgement original, UnitMatcher matcher)
    {
        var alignment = WordAligner.Align(claim.Profile, other.Profile, matcher);
        var coverage = WordAligner.Coverage(claim.Profile, alignment.SimilarityA);
        var reverse = WordAligner.Coverage(other.Profile, alignment.SimilarityB);
        var slots = SlotComparison.Compare(claim.Profile, other.Profile, alignment, matcher, sameStatement: true);
        var conflicts = slots.Conflicts.Count > 0 ? slots.Conflicts : original.Conflicts;
        return new Judgement(other, EvidenceRelation.Contradicts, coverage, reverse, conflicts, alignment.SimilarityA, slots.QuantitiesConfirmed, IsPiece: false);
    }
}
