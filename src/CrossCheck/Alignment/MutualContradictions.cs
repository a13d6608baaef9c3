namespace CrossCheck.Alignment;

/// <summary>A clash is mutual: when one sentence contradicts a claim (a different figure, date or polarity for the
/// same thing), the claim's sentence contradicts that sentence's own claim too. Judging is asymmetric (coverage
/// is measured from the claim's side, so a short claim inside a long sentence clears the bar one way only);
/// mirroring keeps a report's "eight years" from standing uncontested while the other's "six years" is
/// marked contradicted.</summary>
internal static class MutualContradictions
{
    /// <summary>For each claim that another claim contradicts without being contradicted back, the mirrored
    /// contradictions it should receive (claims of independent sources only).</summary>
    public static IEnumerable<(int Claim, List<Judgement> Mirrored)> Mirrored(
        IReadOnlyList<ClaimRecord> claims,
        IReadOnlyList<List<Judgement>> contradictions,
        IReadOnlyList<AssessedClaim> assessed,
        UnitMatcher matcher,
        Func<string, string, bool> independent)
    {
        var mirrored = new SortedDictionary<int, List<Judgement>>();
        for (var x = 0; x < claims.Count; x++)
        {
            foreach (var judgement in contradictions[x])
            {
                var y = judgement.Candidate.Index;
                if (assessed[y].Evidence.Any(e => e.Relation == EvidenceRelation.Contradicts && string.Equals(e.ClaimId, claims[x].Claim.Id, StringComparison.Ordinal))
                    || !independent(claims[y].ArticleId, claims[x].ArticleId))
                {
                    continue;
                }

                if (!mirrored.TryGetValue(y, out var list))
                {
                    mirrored[y] = list = [];
                }

                list.Add(Contradiction(claims[y], claims[x], judgement, matcher));
            }
        }

        return mirrored.Select(p => (p.Key, p.Value));
    }

    private static Judgement Contradiction(ClaimRecord claim, ClaimRecord other, Judgement original, UnitMatcher matcher)
    {
        var alignment = WordAligner.Align(claim.Profile, other.Profile, matcher);
        var coverage = WordAligner.Coverage(claim.Profile, alignment.SimilarityA);
        var reverse = WordAligner.Coverage(other.Profile, alignment.SimilarityB);
        var slots = SlotComparison.Compare(claim.Profile, other.Profile, alignment, matcher, sameStatement: true);
        var conflicts = slots.Conflicts.Count > 0 ? slots.Conflicts : original.Conflicts;
        return new Judgement(other, EvidenceRelation.Contradicts, coverage, reverse, conflicts, alignment.SimilarityA, slots.QuantitiesConfirmed, IsPiece: false,
            EvidenceJudge.DatesConfirmed(claim.Profile, other.Profile, alignment));
    }
}
