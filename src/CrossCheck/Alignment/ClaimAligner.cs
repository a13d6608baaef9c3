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
        var outlets = articles.GroupBy(a => a.Article.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Article.Outlet ?? g.Key, StringComparer.Ordinal);
        string OutletOf(string articleId) => outlets.GetValueOrDefault(articleId, articleId);
        var publication = articles.GroupBy(a => a.Article.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Article.Published?.Date, StringComparer.Ordinal);
        DateOnly? PublishedOn(string articleId) => publication.GetValueOrDefault(articleId);
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
            assessed[claim.Index] = ClaimVerdict.Decide(claim, judgements, thresholds, dates, OutletOf);
            contradictions[claim.Index] = judgements.FindAll(j => j.Relation == EvidenceRelation.Contradicts);
        }

        // Judgements a claim receives from outside its own candidates: contradictions mirrored from the claims it
        // contradicts, and those reaching it through a sentence that confirms it (each replaces the claim's own
        // judgement of the same sentence).
        var received = new Dictionary<int, List<Judgement>>();
        void Receive(int target, List<Judgement> added)
        {
            if (!received.TryGetValue(target, out var list))
            {
                received[target] = list = [];
            }

            list.RemoveAll(r => added.Exists(a => a.Candidate.Index == r.Candidate.Index));
            list.AddRange(added);
            var judgements = JudgeAll(claims.Claims[target]);
            judgements.RemoveAll(j => list.Exists(r => r.Candidate.Index == j.Candidate.Index));
            judgements.AddRange(list);
            assessed[target] = ClaimVerdict.Decide(claims.Claims[target], judgements, thresholds, dates, OutletOf);
            contradictions[target] = judgements.FindAll(j => j.Relation == EvidenceRelation.Contradicts);
        }

        // One figure of one slot stated once in each of two independent reports, however differently worded (decision 322).
        foreach (var clashes in FigureSlots.Clashes(claims.Claims, matcher, independence.AreIndependent, alignments.Get).GroupBy(c => c.Claim).ToList())
        {
            Receive(clashes.Key, clashes.Select(c => c.Clash).ToList());
        }

        // The time of one event stated in two independent reports in sentences each nearest the other (decision 365).
        foreach (var clashes in TimeSlots.Clashes(claims.Claims, matcher, PublishedOn, independence.AreIndependent, alignments.Get).GroupBy(c => c.Claim).ToList())
        {
            Receive(clashes.Key, clashes.Select(c => c.Clash).ToList());
        }

        foreach (var (target, mirrored) in MutualContradictions.Mirrored(claims.Claims, contradictions, assessed, matcher, independence.AreIndependent).ToList())
        {
            Receive(target, mirrored);
        }

        Judgement JudgePair(ClaimRecord claim, ClaimRecord other) => EvidenceJudge.Judge(claim, other, alignments.Get(claim, other), matcher, thresholds);
        var inherited = claims.Claims.Select(_ => new List<Judgement>()).ToArray();
        foreach (var (target, added) in MutualContradictions.ThroughSupport(claims.Claims, assessed, JudgePair, independence.AreIndependent).ToList())
        {
            Receive(target, added);
            inherited[target] = added;
        }

        foreach (var (target, mirrored) in MutualContradictions.Mirrored(claims.Claims, inherited, assessed, matcher, independence.AreIndependent).ToList())
        {
            Receive(target, mirrored);
        }

        // Mixed evidence across the story: a clash of one slot reaches every claim that states either value (decision 360).
        foreach (var (target, added) in SlotTransitivity.Spread(claims.Claims, contradictions, assessed, matcher, independence.AreIndependent, alignments.Get).ToList())
        {
            Receive(target, added);
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
