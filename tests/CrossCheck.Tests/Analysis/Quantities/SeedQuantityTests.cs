using CrossCheck.Analysis.Quantities;
using CrossCheck.Tests.Analysis.Entities;

namespace CrossCheck.Tests.Analysis.Quantities;

public sealed class SeedQuantityTests
{
    [Fact]
    public void The_figures_of_the_first_report_with_what_they_count()
    {
        var quantities = SeedArticles.Get(SeedArticles.Rama).Quantities;

        Assert.Equal(
            [
                ("50,000", 50_000d, QuantityQualifier.Approximate, "ethnic Serbs"),
                ("one hundred", 100d, QuantityQualifier.Approximate, "Alliance casualties"),
                ("4,500", 4_500d, QuantityQualifier.Exact, "NATO troops"),
                ("30", 30d, QuantityQualifier.AtLeast, "armed men"),
            ],
            quantities.Select(q => (q.Text, q.Value, q.Qualifier, q.Counts!)));
    }

    [Fact]
    public void The_second_report_has_only_dates_and_no_counts() =>
        Assert.Empty(SeedArticles.Get(SeedArticles.Balkan).Quantities);
}
