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

    /// <summary>Contradictions that reach a claim through a sentence that confirms it: when B supports claim A and
    /// an independent C contradicts B, A is judged against C directly (C may not have been among A's candidates,
    /// which are chosen by shared words). Only a contradiction the judge finds between A and C itself is added, so a
    /// claim with independent support and an independent contradiction is contradicted on whichever path the
    /// clash was first found. Yields, per claim, the contradicting judgements to add.</summary>
    /// <summary>Sentences judged per claim this way at most (a story of hundreds of reports repeats its clashes).</summary>
    public const int MaxInheritedPerClaim = 8;

    public static IEnumerable<(int Claim, List<Judgement> Added)> ThroughSupport(
        IReadOnlyList<ClaimRecord> claims,
        IReadOnlyList<AssessedClaim> assessed,
        Func<ClaimRecord, ClaimRecord, Judgement> judge,
        Func<string, string, bool> independent)
    {
        var indexById = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            indexById[claim.Claim.Id] = claim.Index;
        }

        var added = new SortedDictionary<int, List<Judgement>>();
        foreach (var claim in claims)
        {
            var own = assessed[claim.Index];
            var judged = new HashSet<string>(own.Evidence.Where(e => e.Relation == EvidenceRelation.Contradicts).Select(e => e.ClaimId), StringComparer.Ordinal);
            var tried = 0;
            foreach (var support in own.Evidence.Where(e => e.Relation == EvidenceRelation.Supports))
            {
                if (!indexById.TryGetValue(support.ClaimId, out var supporter))
                {
                    continue;
                }

                foreach (var clash in assessed[supporter].Evidence.Where(e => e.Relation == EvidenceRelation.Contradicts))
                {
                    if (tried >= MaxInheritedPerClaim || !indexById.TryGetValue(clash.ClaimId, out var other) || !judged.Add(clash.ClaimId)
                        || string.Equals(claims[other].ArticleId, claim.ArticleId, StringComparison.Ordinal)
                        || !independent(claim.ArticleId, claims[other].ArticleId))
                    {
                        continue;
                    }

                    tried++;
                    var judgement = judge(claim, claims[other]);
                    if (judgement.Relation == EvidenceRelation.Contradicts)
                    {
                        if (!added.TryGetValue(claim.Index, out var list))
                        {
                            added[claim.Index] = list = [];
                        }

                        list.Add(judgement);
                    }
                }
            }
        }

        return added.Select(p => (p.Key, p.Value));
    }

    private static Judgement Contradiction(ClaimRecord claim, ClaimRecord other, Judgement original, UnitMatcher matcher)
    {
        var alignment = WordAligner.Align(claim.Profile, other.Profile, matcher);
        var coverage = WordAligner.Coverage(claim.Profile, alignment.SimilarityA);
        var reverse = WordAligner.Coverage(other.Profile, alignment.SimilarityB);
        var slots = SlotComparison.Compare(claim.Profile, other.Profile, alignment, matcher, sameStatement: true);
        var (conflicts, sides) = slots.Conflicts.Count > 0
            ? (slots.Conflicts, slots.Sides)
            : (original.Conflicts, original.Sides?.Select(s => new ConflictSides(s.Other, s.Claim, s.OtherUnit, s.ClaimUnit)).ToList());
        return new Judgement(other, EvidenceRelation.Contradicts, coverage, reverse, conflicts, alignment.SimilarityA, slots.QuantitiesConfirmed, IsPiece: false,
            EvidenceJudge.DatesConfirmed(claim.Profile, other.Profile, alignment), sides);
    }
}
