using CrossCheck.Alignment;

namespace CrossCheck.Tests.Alignment;

/// <summary>Aligns a story made of test articles and asserts on its claims: the helpers the alignment tests share.</summary>
internal static class AlignedStory
{
    public static IReadOnlyList<AssessedClaim> Align(params ArticleBuilder[] articles)
    {
        var (story, analysed, entities) = StoryFixture.Build(null, articles);
        return ClaimAligner.Align(story, analysed, entities);
    }

    public static AssessedClaim ClaimOf(IReadOnlyList<AssessedClaim> claims, string articleId) =>
        claims.First(c => c.ArticleId == articleId);

    public static void AssertContradictedBy(AssessedClaim claim, string otherArticle) =>
        Assert.True(claim.Status == ClaimStatus.Contradicted && claim.Evidence.Any(e => e.ArticleId == otherArticle && e.Relation == EvidenceRelation.Contradicts),
            $"expected {claim.Claim.Id} contradicted by {otherArticle}, got {claim.Status}: {claim.Reason}");

    public static void AssertNotContradicted(AssessedClaim claim) =>
        Assert.True(claim.Status != ClaimStatus.Contradicted && claim.Evidence.All(e => e.Relation != EvidenceRelation.Contradicts),
            $"expected {claim.Claim.Id} not contradicted, got {claim.Status}: {claim.Reason}");
}
