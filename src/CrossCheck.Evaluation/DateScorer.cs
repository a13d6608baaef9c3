using CrossCheck.Dossiers;

namespace CrossCheck.Evaluation;

/// <summary>Time expressions, one to one within an article: one text contains the other and the values
/// are equal. Precision is over predicted calendar values (starting with a year); vague references
/// ("PRESENT_REF") are not annotated in gold and not counted.</summary>
public static class DateScorer
{
    public static SectionCounts Score(GoldStory gold, Predictions predictions, IssueReporter? issues = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predictions);
        var predicted = predictions.Dates.Where(d => IsCalendarValue(d.Value)).ToList();
        var used = new HashSet<DateEntry>(ReferenceEqualityComparer.Instance);
        var right = 0;
        foreach (var date in gold.Dates)
        {
            var sameText = predicted
                .Where(p => !used.Contains(p) && string.Equals(p.ArticleId, date.Article, StringComparison.Ordinal) && TextMatch.Overlaps(p.Text, date.Text))
                .ToList();
            var match = sameText.FirstOrDefault(p => string.Equals(p.Value, date.Value, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                right++;
                used.Add(match);
            }
            else if (sameText.Count > 0)
            {
                used.Add(sameText[0]);
                issues?.Invoke(IssueKinds.Wrong, date.Article, $"\"{date.Text}\": expected {date.Value}, got {sameText[0].Value}");
            }
            else
            {
                issues?.Invoke(IssueKinds.Missed, date.Article, $"\"{date.Text}\" = {date.Value}");
            }
        }

        foreach (var extra in predicted.Where(p => !used.Contains(p)))
        {
            issues?.Invoke(IssueKinds.Extra, extra.ArticleId, $"\"{extra.Text}\" = {extra.Value}");
        }

        return SectionCounts.Of(right, predicted.Count, gold.Dates.Count);
    }

    public static bool IsCalendarValue(string value) =>
        value is { Length: >= 4 } && value.Take(4).All(char.IsAsciiDigit);
}
