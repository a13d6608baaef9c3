using CrossCheck.Dossiers;
using CrossCheck.Evaluation;

namespace CrossCheck.Tests.Evaluation;

public sealed class DateAndQuantityScorerTests
{
    private static SectionScore Dates(params DateEntry[] dates) =>
        SmallGold.Section(SmallGold.WithStory(SmallGold.Perfect, s => s with { Dates = dates }), EvaluationSections.Dates);

    private static SectionScore Quantities(params QuantityEntry[] quantities) =>
        SmallGold.Section(SmallGold.WithStory(SmallGold.Perfect, s => s with { Quantities = quantities }), EvaluationSections.Quantities);

    [Fact]
    public void Dates_match_on_overlapping_text_and_equal_value()
    {
        var score = Dates(new DateEntry("a", "on Monday", "2025-03-10", "day", null), new DateEntry("b", "last month", "2025-02", "month", null));

        Assert.Equal(1.0, score.F1);
    }

    [Fact]
    public void A_wrong_value_is_a_miss_and_a_false_alarm()
    {
        var score = Dates(new DateEntry("a", "Monday", "2025-03-17", "day", null), new DateEntry("b", "last month", "2025-02", "month", null));

        Assert.Equal(0.5, score.Precision);
        Assert.Equal(0.5, score.Recall);
    }

    [Fact]
    public void A_date_in_the_wrong_article_is_not_matched()
    {
        var score = Dates(new DateEntry("b", "Monday", "2025-03-10", "day", null));

        Assert.Equal(0.0, score.F1);
    }

    [Fact]
    public void Vague_references_are_not_counted()
    {
        var score = Dates(
            new DateEntry("a", "Monday", "2025-03-10", "day", null),
            new DateEntry("b", "last month", "2025-02", "month", null),
            new DateEntry("a", "now", "PRESENT_REF", "day", null));

        Assert.Equal(1.0, score.Precision);
    }

    [Fact]
    public void Quantities_need_value_qualifier_and_what_they_count()
    {
        var perfect = Quantities(
            new QuantityEntry("a", "Twelve", 12, false, "exact", null, "people killed", null),
            new QuantityEntry("b", "at least 30", 30, true, "atLeast", null, "men", null));
        var wrongQualifier = Quantities(
            new QuantityEntry("a", "Twelve people", 12, false, "exact", null, "people", null),
            new QuantityEntry("b", "at least 30 armed men", 30, true, "approximate", null, "armed men", null));
        var wrongCounts = Quantities(
            new QuantityEntry("a", "Twelve people", 12, false, "exact", null, "houses", null),
            new QuantityEntry("b", "at least 30 armed men", 30, true, "atLeast", null, null, null));
        var wrongValue = Quantities(new QuantityEntry("a", "Twelve people", 21, false, "exact", null, "people", null));

        Assert.Equal(1.0, perfect.F1);
        Assert.Equal(0.5, wrongQualifier.F1);
        Assert.Equal(0.0, wrongCounts.F1);
        Assert.Equal(0.0, wrongValue.F1);
        Assert.Equal(1, wrongValue.Predicted);
    }
}
