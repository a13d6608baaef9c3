namespace CrossCheck.Alignment;

/// <summary>Turns the judgements of a claim's candidate sentences (independent sources only) into a status,
/// an evidence list and a reason. Mixed evidence is a contradiction: one independent source that contradicts the
/// claim makes it <see cref="ClaimStatus.Contradicted"/> however many support it, and the evidence lists both the
/// contradicting and the supporting sentences.</summary>
internal static class ClaimVerdict
{
    public static AssessedClaim Decide(ClaimRecord claim, IReadOnlyList<Judgement> judgements, AlignmentThresholds thresholds, StoryDates dates, Func<string, string>? outletOf = null)
    {
        var sources = judgements.GroupBy(j => j.Candidate.ArticleId, StringComparer.Ordinal)
            .Select(source => (Judgements: source, Addresses: Addresses(claim, source, dates)))
            .ToList();
        var addressing = sources.Where(s => s.Addresses).SelectMany(s => s.Judgements).ToList();
        // A source that states the claim's figure but none of its dates confirms a part of it: its sentences that
        // confirm the figure are cited as partial support ("killing two dock workers early on Tuesday" / "two workers
        // were killed in the blast").
        if (claim.Profile.HasDates && claim.Profile.HasQuantities)
        {
            addressing.AddRange(sources
                .Where(s => !s.Addresses)
                .SelectMany(s => s.Judgements.Where(j => j.QuantitiesConfirmed > 0 && j.Relation is not null))
                .Select(j => j with { Relation = EvidenceRelation.Partial }));
        }

        var corroborating = addressing
            .Where(j => j.Relation != EvidenceRelation.Contradicts)
            .GroupBy(j => j.Candidate.ArticleId, StringComparer.Ordinal)
            .Where(source => CoversAll(claim, source.ToList(), thresholds))
            .SelectMany(source => source)
            .ToList();

        // A piece (too little of the claim to cite alone) is cited only when it helps its source cover all.
        var usable = addressing
            .Where(j => j.Relation is not null)
            .Concat(corroborating.Where(j => j.Relation is null).Select(j => j with { Relation = EvidenceRelation.Partial }))
            .ToList();
        var status = ClaimStatus.SingleSource;
        if (usable.Any(j => j.Relation == EvidenceRelation.Contradicts))
        {
            status = ClaimStatus.Contradicted;
        }
        else if (corroborating.Count > 0)
        {
            status = ClaimStatus.Corroborated;
        }
        else if (usable.Count > 0)
        {
            status = ClaimStatus.Partial;
        }

        var ordered = usable
            .OrderBy(j => j.Relation switch { EvidenceRelation.Contradicts => 0, EvidenceRelation.Supports => 1, _ => 2 })
            .ThenByDescending(j => j.Coverage)
            .ThenBy(j => j.Candidate.Index)
            .ToList();
        var evidence = ordered
            .Select(j => new Evidence(j.Candidate.ArticleId, j.Candidate.Claim.Id, j.Candidate.Claim.Text, j.Relation!.Value, j.Coverage, j.Conflicts, j.Sides))
            .ToList();
        var against = ordered
            .Where(j => j.Relation == EvidenceRelation.Contradicts)
            .Select(j => new VerdictReason.OtherSide(j.Candidate.ArticleId, j.Candidate.Claim.Text, j.Sides?.FirstOrDefault(), j.Candidate.Claim.Attribution, j.Candidate.Claim.Hedged))
            .ToList();
        var reason = VerdictReason.Of(claim.Claim, claim.ArticleId, status, evidence, against, outletOf ?? (id => id));
        return new AssessedClaim(claim.ArticleId, claim.Claim, status, evidence) { Reason = reason };
    }

    /// <summary>A claim that states a figure is about that figure: a sentence that supports the rest of it
    /// without stating a compatible figure for the same thing does not confirm it, not even in part
    /// ("NATO increased its troops" does not check "NATO raised its troops to 4,500").</summary>
    internal static bool AddressesFigures(ClaimRecord claim, Judgement judgement) =>
        !claim.Profile.HasQuantities || judgement.QuantitiesConfirmed > 0;

    /// <summary>Whether a source bears on the claim's figures and dates. A claim that gives dates is about when:
    /// a source confirms it, even in part, only if the article states one of those dates, in a sentence aligned
    /// with the claim or elsewhere (the sentence with the date may not be among the candidates aligned); a source that tells the rest without the date neither confirms
    /// nor refutes it ("the work was due to start" does not check "... in September"). Figures likewise, per
    /// source, so a statement spread over two sentences (the event in one, its figures in the next) is confirmed
    /// by their union. A contradiction always bears.</summary>
    private static bool Addresses(ClaimRecord claim, IGrouping<string, Judgement> source, StoryDates dates)
    {
        if (source.Any(j => j.Relation == EvidenceRelation.Contradicts))
        {
            return true;
        }

        var dated = !claim.Profile.HasDates || dates.StatesADateOf(source.Key, claim.Profile);
        return dated && (!claim.Profile.HasQuantities || source.Any(j => j.QuantitiesConfirmed > 0));
    }

    /// <summary>One source confirms all of the claim when one sentence supports it, or when its sentences
    /// together cover it: each unit takes its best similarity across that source's sentences (clauses of one
    /// statement that another outlet spread over several sentences).</summary>
    private static bool CoversAll(ClaimRecord claim, IReadOnlyList<Judgement> source, AlignmentThresholds thresholds)
    {
        if (source.Any(j => j.Relation == EvidenceRelation.Supports))
        {
            return true;
        }

        // At least one of the sentences must be mostly about the claim: sentences on other matters that each
        // share a word or two with it do not add up to a confirmation.
        if (source.Count < 2 || !source.Any(j => j.Reverse >= thresholds.ContainedReverse))
        {
            return false;
        }

        var best = new double[claim.Profile.Units.Count];
        foreach (var judgement in source)
        {
            for (var i = 0; i < best.Length; i++)
            {
                best[i] = Math.Max(best[i], judgement.UnitSimilarities[i]);
            }
        }

        return WordAligner.Coverage(claim.Profile, best) >= thresholds.UnionSupports;
    }
}
