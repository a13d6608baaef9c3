using CrossCheck.Dossiers;
using CrossCheck.Evaluation;

namespace CrossCheck.Tests.Evaluation;

public sealed class ArticleScorerTests
{
    [Fact]
    public void Publication_date_needs_the_day_and_how_it_was_found()
    {
        var wrongSource = SmallGold.WithArticles(SmallGold.Perfect, a => a with { PublishedFrom = PublishedFromValue.Metadata });
        var withTime = SmallGold.WithArticles(SmallGold.Perfect, a => a with { Published = a.Published + "T09:30:00+01:00" });
        var undated = SmallGold.WithArticles(SmallGold.Perfect, a => a.Id == "b" ? a with { Published = null, PublishedFrom = PublishedFromValue.None } : a);

        Assert.Equal(0.5, SmallGold.Section(wrongSource, EvaluationSections.PublicationDates).Recall);
        Assert.Equal(1.0, SmallGold.Section(withTime, EvaluationSections.PublicationDates).F1);
        var score = SmallGold.Section(undated, EvaluationSections.PublicationDates);
        Assert.Equal(1.0, score.Precision);
        Assert.Equal(0.5, score.Recall);
    }

    [Fact]
    public void Rewrites_are_scored_as_pairs()
    {
        var missing = SmallGold.WithArticles(SmallGold.Perfect, a => a with { DerivedFrom = null });
        var reversed = SmallGold.WithArticles(SmallGold.Perfect, a => a with { DerivedFrom = a.Id == "a" ? "b" : null });
        var extra = SmallGold.WithArticles(SmallGold.Perfect, a => a.Id == "a" ? a with { DerivedFrom = "b" } : a);

        Assert.Equal(0.0, SmallGold.Section(missing, EvaluationSections.Rewrites).F1);
        Assert.Equal(0.0, SmallGold.Section(reversed, EvaluationSections.Rewrites).F1);
        Assert.Equal(0.5, SmallGold.Section(extra, EvaluationSections.Rewrites).Precision);
    }
}
