using CrossCheck.Alignment;
using CrossCheck.Analysis.Quantities;

namespace CrossCheck.Tests.Alignment;

/// <summary>A claim with independent support and an independent contradiction is contradicted, shows both sides,
/// and is never corroborated, whichever path found the clash. Made-up stories.</summary>
public sealed class MixedEvidenceTests
{
    private static ArticleBuilder Gazette() =>
        new ArticleBuilder("gazette", "A fire at the Orvik sawmill killed two workers on Friday.", "Tallow Gazette")
            .Place("Orvik", "orvik").Quantity("two", 2, QuantityQualifier.Exact, "workers").Date("Friday", "2026-03-13");

    private static ArticleBuilder Post() =>
        new ArticleBuilder("post", "Two workers were killed in a fire at the Orvik sawmill on Friday.", "Fenwick Post")
            .Place("Orvik", "orvik").Quantity("Two", 2, QuantityQualifier.Exact, "workers").Date("Friday", "2026-03-13");

    private static ArticleBuilder Lantern() =>
        new ArticleBuilder("lantern", "Three people died in the sawmill fire in Orvik, the fire brigade said.", "The Lantern")
            .Place("Orvik", "orvik").Quantity("Three", 3, QuantityQualifier.Exact, "people");

    [Fact]
    public void Support_and_contradiction_from_independent_sources_make_a_contradiction_with_both_sides_shown()
    {
        var (story, analysed, entities) = StoryFixture.Build(null, Gazette(), Post(), Lantern());

        var claim = ClaimAligner.Align(story, analysed, entities).First(c => c.ArticleId == "gazette");

        Assert.Equal(ClaimStatus.Contradicted, claim.Status);
        Assert.Contains(claim.Evidence, e => e.ArticleId == "post" && e.Relation == EvidenceRelation.Supports);
        Assert.Contains(claim.Evidence, e => e.ArticleId == "lantern" && e.Relation == EvidenceRelation.Contradicts);
        Assert.Contains("The Lantern says “Three people died”", claim.Reason, StringComparison.Ordinal);
        Assert.Contains("Supported by Fenwick Post.", claim.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rewrite_of_the_claim_neither_supports_nor_contradicts_it()
    {
        var derived = new Dictionary<string, string> { ["post"] = "gazette" };
        var (story, analysed, entities) = StoryFixture.Build(derived, Gazette(), Post(), Lantern());

        var claim = ClaimAligner.Align(story, analysed, entities).First(c => c.ArticleId == "gazette");

        Assert.Equal(ClaimStatus.Contradicted, claim.Status);
        Assert.DoesNotContain(claim.Evidence, e => e.ArticleId == "post");
    }

    [Fact]
    public void A_contradiction_of_a_confirming_sentence_is_checked_against_the_claim_itself()
    {
        var (_, analysed, entities) = StoryFixture.Build(null, Gazette(), Post(), Lantern());
        var claims = StoryClaims.Build(analysed, entities, LexiconRelatedness.Default).Claims;
        var (gazette, post, lantern) = (claims[0], claims[1], claims[2]);
        AssessedClaim Assessed(ClaimRecord claim, ClaimStatus status, params Evidence[] evidence) => new(claim.ArticleId, claim.Claim, status, evidence);
        Evidence Cite(ClaimRecord other, EvidenceRelation relation) => new(other.ArticleId, other.Claim.Id, other.Claim.Text, relation, 0.9, []);
        var assessed = new[]
        {
            // The gazette's claim was confirmed by the post; only the post's claim met the lantern's.
            Assessed(gazette, ClaimStatus.Corroborated, Cite(post, EvidenceRelation.Supports)),
            Assessed(post, ClaimStatus.Contradicted, Cite(lantern, EvidenceRelation.Contradicts), Cite(gazette, EvidenceRelation.Supports)),
            Assessed(lantern, ClaimStatus.Contradicted, Cite(post, EvidenceRelation.Contradicts)),
        };
        var judged = new List<(string, string)>();
        Judgement Judge(ClaimRecord claim, ClaimRecord other)
        {
            judged.Add((claim.ArticleId, other.ArticleId));
            return new Judgement(other, EvidenceRelation.Contradicts, 0.5, 0.5, ["2 vs 3"], [], 0, false);
        }

        var added = MutualContradictions.ThroughSupport(claims, assessed, Judge, (_, _) => true).ToList();

        var (target, judgements) = Assert.Single(added);
        Assert.Equal(gazette.Index, target);
        Assert.Equal("lantern", Assert.Single(judgements).Candidate.ArticleId);
        Assert.Equal([("gazette", "lantern")], judged);
        Assert.Empty(MutualContradictions.ThroughSupport(claims, assessed, Judge, (a, b) => !(a == "gazette" && b == "lantern")));
    }

    [Fact]
    public void Only_a_contradiction_the_judge_finds_is_inherited()
    {
        var (_, analysed, entities) = StoryFixture.Build(null, Gazette(), Post(), Lantern());
        var claims = StoryClaims.Build(analysed, entities, LexiconRelatedness.Default).Claims;
        Evidence Cite(ClaimRecord other, EvidenceRelation relation) => new(other.ArticleId, other.Claim.Id, other.Claim.Text, relation, 0.9, []);
        var assessed = new[]
        {
            new AssessedClaim("gazette", claims[0].Claim, ClaimStatus.Corroborated, [Cite(claims[1], EvidenceRelation.Supports)]),
            new AssessedClaim("post", claims[1].Claim, ClaimStatus.Contradicted, [Cite(claims[2], EvidenceRelation.Contradicts)]),
            new AssessedClaim("lantern", claims[2].Claim, ClaimStatus.Contradicted, [Cite(claims[1], EvidenceRelation.Contradicts)]),
        };

        var added = MutualContradictions.ThroughSupport(claims, assessed, (_, other) => new Judgement(other, EvidenceRelation.Partial, 0.4, 0.4, [], [], 0, false), (_, _) => true);

        Assert.Empty(added);
    }
}
