using CrossCheck.Analysis;
using CrossCheck.Analysis.Entities;
using CrossCheck.Clustering;

namespace CrossCheck.Alignment;

/// <summary>Cross-checks every claim of a story against the other articles: candidates by shared anchors,
/// a weighted word alignment per candidate, slot comparison (quantities, dates, polarity), then a verdict
/// from independent sources only.</summary>
public static class ClaimAligner
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
        var alignments = new AlignmentCache(matcher);
        var judgements = new List<Judgement>[claims.Claims.Count];
        foreach (var claim in claims.Claims)
        {
            judgements[claim.Index] = [];
            foreach (var sourceCandidates in index.CandidatesFor(claim, thresholds, other => independence.AreIndependent(claim.ArticleId, other)))
            {
                JudgeSource(claim, sourceCandidates, alignments, matcher, thresholds, judgements[claim.Index]);
            }
        }

        MutualContradictions.Mirror(claims.Claims, judgements, matcher, independence.AreIndependent);
        return [.. claims.Claims.Select(claim => ClaimVerdict.Decide(claim, judgements[claim.Index], thresholds))];
    }

    /// <summary>Judges one source's candidate sentences, best first. Once a sentence supports the whole claim,
    /// figures included, the source has said its piece: its weaker sentences would only be cited as partial
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

            if (judgement.Relation == EvidenceRelation.Supports && ClaimVerdict.AddressesFigures(claim, judgement))
            {
                return;
            }
        }
    }
}
