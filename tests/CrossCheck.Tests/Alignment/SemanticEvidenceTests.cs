using CrossCheck.Alignment;
using CrossCheck.Analysis.Entities;
using CrossCheck.Pipeline;
using CrossCheck.Text.Embeddings;

namespace CrossCheck.Tests.Alignment;

/// <summary>The embedding's part in judging evidence: the same two sentences judged with their vectors set by hand
/// to the same direction (close in meaning) or to orthogonal ones (about something else).</summary>
public sealed class SemanticEvidenceTests
{
    private static readonly float[] Close = Axis(0);
    private static readonly float[] Apart = Axis(1);

    [Fact]
    public void A_sentence_about_something_else_does_not_support_however_many_words_it_shares()
    {
        var (claim, other) = Records(
            "The Varden council approved the new ring road on Monday.",
            "On Monday the Varden council approved the ring road that angered farmers.");

        var close = Judge(claim, other, Close, Close);
        Assert.InRange(close.Coverage, AlignmentThresholds.Default.Supports, AlignmentThresholds.Default.VerbatimCoverage);
        Assert.Equal(EvidenceRelation.Supports, close.Relation);
        Assert.Null(Judge(claim, other, Close, Apart).Relation);
        Assert.Equal(EvidenceRelation.Supports, Judge(claim, other, Close, Apart, AlignmentThresholds.Default with { SupportCosine = -1 }).Relation);
    }

    [Fact]
    public void A_sentence_holding_the_claim_verbatim_supports_whatever_the_cosine()
    {
        var (claim, other) = Records(
            "We will do what is needed to bring prices down.",
            "The minister said the government was worried and that it would do what is needed to bring prices down before winter.");

        var judgement = Judge(claim, other, Close, Apart);

        Assert.True(judgement.Coverage >= AlignmentThresholds.Default.VerbatimCoverage, $"coverage {judgement.Coverage}");
        Assert.Equal(EvidenceRelation.Supports, judgement.Relation);
    }

    [Fact]
    public void A_paraphrase_close_in_meaning_supports_with_a_partial_word_overlap()
    {
        var (claim, other) = Records(
            "Marlow exporters say the blockade has already cost them some 30 million euros in lost sales.",
            "Exporters in Marlow estimate their losses from the blockade at about 30 million euros so far.");

        var close = Judge(claim, other, Close, Close);
        Assert.InRange(close.Coverage, AlignmentThresholds.Default.Partial, AlignmentThresholds.Default.Supports);
        Assert.Equal(EvidenceRelation.Supports, close.Relation);
        Assert.NotEqual(EvidenceRelation.Supports, Judge(claim, other, Close, Close, AlignmentThresholds.Default with { ParaphraseCosine = 2 }).Relation);
        Assert.NotEqual(EvidenceRelation.Supports, Judge(claim, other, Close, Apart).Relation);
    }

    [Fact]
    public void A_sentence_close_in_meaning_is_a_candidate_however_few_anchors_it_shares()
    {
        var (claim, other) = Records(
            "Marlow exporters say the long blockade of the northern port has already cost them heavy losses in sales this spring.",
            "Traders at the port were worried.");
        var thresholds = AlignmentThresholds.Default;

        IReadOnlyList<IReadOnlyList<ClaimRecord>> Candidates(float[] vector)
        {
            var records = new[] { claim with { Vector = Close }, other with { Vector = vector } };
            return new CandidateIndex(records).CandidatesFor(records[0], thresholds, _ => true);
        }

        Assert.Empty(Candidates(Apart));
        Assert.Equal(other.Index, Assert.Single(Assert.Single(Candidates(Close))).Index);
    }

    [Fact]
    public void A_short_sentence_inside_the_claim_that_confirms_its_figure_is_partial_support_however_far_apart_the_embeddings()
    {
        var (claim, other) = Records(
            "A cargo ferry overturned in a storm off the Tollan headland late on Thursday, spilling diesel into the bay and leaving six crew clinging to the hull.",
            "Six crew were left clinging to the hull of the ferry.");

        Assert.Equal(EvidenceRelation.Partial, Judge(claim, other, Close, Apart).Relation);

        var (noFigure, otherWithout) = Records(
            "A cargo ferry overturned in a storm off the Tollan headland late on Thursday, spilling diesel into the bay and leaving the crew clinging to the hull.",
            "The crew were left clinging to the hull of the ferry.");
        Assert.Null(Judge(noFigure, otherWithout, Close, Apart).Relation);
    }

    [Fact]
    public void Loose_relatives_count_only_between_sentences_close_in_meaning()
    {
        var thresholds = AlignmentThresholds.Default;

        Assert.Equal(0.0, thresholds.LooseRelativeWeight(thresholds.LooseRelativesCosine - 0.1));
        Assert.Equal(1.0, thresholds.LooseRelativeWeight(thresholds.LooseRelativesFullCosine));
        Assert.InRange(thresholds.LooseRelativeWeight((thresholds.LooseRelativesCosine + thresholds.LooseRelativesFullCosine) / 2), 0.4, 0.6);
    }

    [Fact]
    public void Loose_relatives_are_weighed_in_the_alignment_and_closer_links_are_not()
    {
        var lexicon = new GradedLexicon(("vessel", "barge", 0.5), ("ship", "boat", 1.0));
        var matcher = new UnitMatcher(lexicon);
        var a = Profile(lexicon, "vessel", "ship");
        var b = Profile(lexicon, "barge", "boat");

        var full = WordAligner.Align(a, b, matcher, 1.0);
        var none = WordAligner.Align(a, b, matcher, 0.0);

        Assert.Equal(0.5 * UnitMatcher.SynonymScore, full.SimilarityA[0], 6);
        Assert.Equal(0.0, none.SimilarityA[0]);
        Assert.Equal(UnitMatcher.SynonymScore, none.SimilarityA[1], 6);
    }

    private static float[] Axis(int index)
    {
        var vector = new float[SentenceEmbedder.Dimensions];
        vector[index] = 1f;
        return vector;
    }

    private static (ClaimRecord Claim, ClaimRecord Other) Records(string claimText, string otherText)
    {
        var a = ArticleAnalyser.Analyse(new Article("a", "a", string.Empty, claimText, Outlet: "Outlet A"), SentenceEmbedder.Shared);
        var b = ArticleAnalyser.Analyse(new Article("b", "b", string.Empty, otherText, Outlet: "Outlet B"), SentenceEmbedder.Shared);
        var claims = StoryClaims.Build([a, b], EntityResolver.Resolve([a, b]), LexiconRelatedness.Default).Claims;
        return (claims.First(c => c.ArticleId == "a"), claims.First(c => c.ArticleId == "b"));
    }

    private static Judgement Judge(ClaimRecord claim, ClaimRecord other, float[] claimVector, float[] otherVector, AlignmentThresholds? thresholds = null)
    {
        thresholds ??= AlignmentThresholds.Default;
        claim = claim with { Vector = claimVector };
        other = other with { Vector = otherVector };
        var matcher = new UnitMatcher(LexiconRelatedness.Default);
        var alignment = WordAligner.Align(claim.Profile, other.Profile, matcher, thresholds.LooseRelativeWeight(SemanticSimilarity.Of(claim, other)));
        return EvidenceJudge.Judge(claim, other, alignment, matcher, thresholds);
    }

    private static TextProfile Profile(IWordRelatedness lexicon, params string[] words) =>
        new([.. words.Select((w, i) => new AlignmentUnit(UnitKind.Word, lexicon.Lemma(w), w, i, 1.0))], false, []);

    /// <summary>A lexicon with given graded relations between lemmas.</summary>
    private sealed class GradedLexicon(params (string A, string B, double Score)[] relations) : IWordRelatedness
    {
        public string Lemma(string word) => word.ToLowerInvariant();

        public bool IsStopWord(string word) => false;

        public double Relatedness(string lemmaA, string lemmaB) =>
            string.Equals(lemmaA, lemmaB, StringComparison.Ordinal) ? 1.0
            : relations.FirstOrDefault(r => (r.A == lemmaA && r.B == lemmaB) || (r.A == lemmaB && r.B == lemmaA)).Score;
    }
}
