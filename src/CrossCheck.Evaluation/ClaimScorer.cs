using CrossCheck.Dossiers;

namespace CrossCheck.Evaluation;

/// <summary>A gold claim is matched by the first predicted claim of its article whose text contains the
/// fragment. It is right when the status, the cited articles, the hedge and the attribution agree.
/// Precision is right over matched, recall right over gold (an accuracy).</summary>
internal static class ClaimScorer
{
    public static SectionCounts Score(GoldStory gold, Predictions predictions, IssueReporter? issues = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predictions);
        var matched = 0;
        var right = 0;
        foreach (var claim in gold.Claims)
        {
            var fragment = TextMatch.Normalize(claim.Fragment);
            var predicted = predictions.Claims.FirstOrDefault(c =>
                string.Equals(c.ArticleId, claim.Article, StringComparison.Ordinal)
                && TextMatch.Normalize(c.Text).Contains(fragment, StringComparison.Ordinal));
            if (predicted is null)
            {
                issues?.Invoke(IssueKinds.Missed, claim.Article, $"no claim contains \"{claim.Fragment}\"");
                continue;
            }

            matched++;
            if (IsRight(claim, predicted))
            {
                right++;
            }
            else
            {
                issues?.Invoke(IssueKinds.Wrong, claim.Article, Describe(claim, predicted));
            }
        }

        return new SectionCounts(right, matched, right, gold.Claims.Count);
    }

    public static bool IsRight(GoldClaim gold, ClaimEntry predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        return string.Equals(StatusName(predicted.Status), gold.Status, StringComparison.Ordinal)
            && gold.SupportedBy.All(a => Cites(predicted, a, EvidenceRelationValue.Supports, EvidenceRelationValue.Partial))
            && gold.ContradictedBy.All(a => Cites(predicted, a, EvidenceRelationValue.Contradicts))
            && (gold.Hedged != true || predicted.Hedged)
            && (gold.Attribution is null
                || TextMatch.Attribution(predicted.Attribution).Contains(TextMatch.Attribution(gold.Attribution), StringComparison.Ordinal));
    }

    private static string Describe(GoldClaim gold, ClaimEntry predicted)
    {
        var expected = gold.Status
            + (gold.SupportedBy.Count > 0 ? $" supported by {string.Join(", ", gold.SupportedBy)}" : "")
            + (gold.ContradictedBy.Count > 0 ? $" contradicted by {string.Join(", ", gold.ContradictedBy)}" : "")
            + (gold.Hedged == true ? ", hedged" : "")
            + (gold.Attribution is null ? "" : $", attributed to {gold.Attribution}");
        var evidence = string.Join(", ", predicted.Evidence.Select(e => $"{RelationName(e.Relation)} {e.ArticleId}"));
        var got = StatusName(predicted.Status)
            + (evidence.Length > 0 ? $" ({evidence})" : "")
            + (predicted.Hedged ? ", hedged" : "")
            + (predicted.Attribution is null ? "" : $", attributed to {predicted.Attribution}");
        return $"\"{gold.Fragment}\": expected {expected}; got {got}";
    }

    private static string RelationName(EvidenceRelationValue relation) => relation switch
    {
        EvidenceRelationValue.Supports => "supports",
        EvidenceRelationValue.Partial => "partial",
        _ => "contradicts",
    };

    public static string StatusName(ClaimStatusValue status) => status switch
    {
        ClaimStatusValue.Corroborated => "corroborated",
        ClaimStatusValue.Partial => "partial",
        ClaimStatusValue.Contradicted => "contradicted",
        _ => "single-source",
    };

    private static bool Cites(ClaimEntry claim, string articleId, params EvidenceRelationValue[] relations) =>
        claim.Evidence.Any(e => string.Equals(e.ArticleId, articleId, StringComparison.Ordinal) && relations.Contains(e.Relation));
}
