using CrossCheck.Analysis;
using CrossCheck.Analysis.Entities;
using CrossCheck.Clustering;

namespace CrossCheck.Alignment;

/// <summary>Cross-checks every claim of a story against the other articles: candidates by shared anchors,
/// a weighted word alignment per candidate, slot comparison (quantities, dates, polarity), then a verdict
/// from independent sources only.</summary>
internal static class ClaimAligner
{
    public static IReadOnlyList<AssessedClaim> Align(Story story, IReadOnlyList<AnalysedArticle> articles, EntityIndex entities) =>
        Align(story, articles, entities, LexiconRelatedness.Default, AlignmentThresholds.Default);

    public static IReadOnlyList<AssessedClaim> Align(
        Story story,
        IReadOnlyList<AnalysedArticle> articles,
        EntityIndex entities,
        IWordRelatedness lexicon,
        AlignmentThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(thresholds);

        var claims = StoryClaims.Build(articles, entities, lexicon);
        var independence = new SourceIndependence(story, articles);
        var index = new CandidateIndex(claims.Claims);
        var matcher = new UnitMatcher(lexicon);
        var alignments = new AlignmentCache(matcher, thresholds);
        var dates = new StoryDates(articles);
        List<Judgement> JudgeAll(ClaimRecord claim)
        {
            var judgements = new List<Judgement>();
            foreach (var sourceCandidates in index.CandidatesFor(claim, thresholds, other => independence.AreIndependent(claim.ArticleId, other)))
            {
                JudgeSource(claim, sourceCandidates, alignments, matcher, thresholds, judgements);
            }

            return judgements;
        }

        // Each claim's judgements are let go once its verdict is given (a story of hundreds of reports has
        // hundreds of thousands); only the contradictions are kept, to be mirrored afterwards.
        var assessed = new AssessedClaim[claims.Claims.Count];
        var contradictions = new List<Judgement>[claims.Claims.Count];
        foreach (var claim in claims.Claims)
        {
            var judgements = JudgeAll(claim);
            assessed[claim.Index] = ClaimVerdict.Decide(claim, judgements, thresholds, dates);
            contradictions[claim.Index] = judgements.FindAll(j => j.Relation == EvidenceRelation.Contradicts);
        }

        foreach (var (target, mirrored) in MutualContradictions.Mirrored(claims.Claims, contradictions, assessed, matcher, independence.AreIndependent))
        {
            var judgements = JudgeAll(claims.Claims[target]);
            judgements.RemoveAll(j => mirrored.Exists(m => m.Candidate.Index == j.Candidate.Index));
            judgements.AddRange(mirrored);
            assessed[target] = ClaimVerdict.Decide(claims.Claims[target], judgements, thresholds, dates);
        }

        return assessed;
    }

    /// <summary>Judges one source's candidate sentences, best first. Once a sentence supports the whole claim,
    /// figures and dates included, the source has said its piece: its weaker sentences would only be cited as partial
    /// support of what it already confirms.</summary>
    private static void JudgeSource(
        ClaimRecord claim,
        IReadOnlyList<ClaimRecord> candidates,
        AlignmentCache alignments,
        UnitMatcher matcher,
        AlignmentThresholds thresholds,
        List<Judgement> judgements)
    {
        foreach (var candidate in candidates)
        {
            var judgement = EvidenceJudge.Judge(claim, candidate, alignments.Get(claim, candidate), matcher, thresholds);
            if (judgement.Relation is not null || judgement.IsPiece)
            {
                judgements.Add(judgement);
            }

            if (judgement.Relation == EvidenceRelation.Supports && ClaimVerdict.AddressesFigures(claim, judgement)
                && (!claim.Profile.HasDates || judgement.DatesConfirmed > 0))
            {
                return;
            }
        }
    }
}
