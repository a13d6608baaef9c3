using System.Globalization;
using CrossCheck.Dossiers;

namespace CrossCheck.Evaluation;

/// <summary>Numbers, one to one within an article: one text contains the other and the values are equal;
/// right when the qualifier is the same and, if the gold says what is counted, the predicted counts share
/// a word with it (plural "s" ignored).</summary>
public static class QuantityScorer
{
    public static SectionCounts Score(GoldStory gold, Predictions predictions, IssueReporter? issues = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predictions);
        var used = new HashSet<QuantityEntry>(ReferenceEqualityComparer.Instance);
        var right = 0;
        foreach (var quantity in gold.Quantities)
        {
            var candidates = predictions.Quantities
                .Where(p => !used.Contains(p)
                    && string.Equals(p.ArticleId, quantity.Article, StringComparison.Ordinal)
                    && TextMatch.SameNumber(p.Value, quantity.Value)
                    && TextMatch.Overlaps(p.Text, quantity.Text))
                .ToList();
            var match = candidates.FirstOrDefault(p => IsRight(quantity, p));
            if (match is not null)
            {
                right++;
                used.Add(match);
            }
            else if (candidates.Count > 0)
            {
                used.Add(candidates[0]);
                issues?.Invoke(IssueKinds.Wrong, quantity.Article, $"{Describe(quantity)}; got {Describe(candidates[0])}");
            }
            else
            {
                issues?.Invoke(IssueKinds.Missed, quantity.Article, Describe(quantity));
            }
        }

        foreach (var extra in predictions.Quantities.Where(p => !used.Contains(p)))
        {
            issues?.Invoke(IssueKinds.Extra, extra.ArticleId, Describe(extra));
        }

        return SectionCounts.Of(right, predictions.Quantities.Count, gold.Quantities.Count);
    }

    public static bool IsRight(GoldQuantity gold, QuantityEntry predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        return string.Equals(gold.Qualifier, predicted.Qualifier, StringComparison.OrdinalIgnoreCase)
            && (gold.Counts is null || TextMatch.Words(gold.Counts).Overlaps(TextMatch.Words(predicted.Counts)));
    }

    private static string Describe(GoldQuantity q) =>
        $"\"{q.Text}\" = {q.Value.ToString(CultureInfo.InvariantCulture)} {q.Qualifier}{(q.Counts is null ? "" : " counts " + q.Counts)}";

    private static string Describe(QuantityEntry q) =>
        $"\"{q.Text}\" = {q.Value.ToString(CultureInfo.InvariantCulture)} {q.Qualifier}{(q.Counts is null ? "" : " counts " + q.Counts)}";
}
