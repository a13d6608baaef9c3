using CrossCheck.Analysis;
using CrossCheck.Analysis.Entities;
using CrossCheck.Clustering;

namespace CrossCheck.Alignment;

/// <summary>Cross-checks every claim of a story against the other articles.
/// PLACEHOLDER: every claim single-source; the Alignment stage replaces it.</summary>
public static class ClaimAligner
{
    public static IReadOnlyList<AssessedClaim> Align(Story story, IReadOnlyList<AnalysedArticle> articles, EntityIndex entities)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return articles
            .SelectMany(a => a.Claims.Select(c => new AssessedClaim(a.Article.Id, c, ClaimStatus.SingleSource, [])))
            .ToList();
    }
}
