using CrossCheck.Analysis.Quantities;
using CrossCheck.Tests.Analysis.Entities;
using CrossCheck.Text;

namespace CrossCheck.Tests.Analysis.Quantities;

/// <summary>Figures as real reports write them: numbers tokenised with spaces ("20, 000", "5. 9"), "m" as metres or
/// million, spans of time, ages and magnitudes. Every sentence is made up for the test.</summary>
public sealed class MeasuredQuantityTests
{
    private static QuantityMention Single(string text) => Assert.Single(AnalysisHelpers.Analyse(text).Quantities);

    [Theory]
    [InlineData("Organisers said 14, 500 people marched through Varkos. Clock: 7: 15.", 14_500)]
    [InlineData("The depot held 1, 250, 000 litres of fuel, guards said at 9: 30.", 1_250_000)]
    public void Thousands_groups_written_with_a_space_are_one_number_in_spaced_text(string text, double value) =>
        Assert.Equal(value, AnalysisHelpers.Analyse(text).Quantities[0].Value);

    [Fact]
    public void A_year_a_comma_and_a_count_are_not_one_number()
    {
        var quantities = AnalysisHelpers.Analyse("In 2019, 400 people stayed home.").Quantities;

        Assert.Equal(400, Assert.Single(quantities).Value);
    }

    [Theory]
    [InlineData("The agency said the tremor had a magnitude of 4. 7.", 4.7)]
    [InlineData("A 5. 2 magnitude tremor shook the Orm valley.", 5.2)]
    public void A_spaced_decimal_is_one_number(string text, double value)
    {
        var quantity = Single(text);

        Assert.Equal(value, quantity.Value, 6);
        Assert.Equal(QuantityDimension.Magnitude, quantity.Dimension);
    }

    [Theory]
    [InlineData("The walker slipped and fell about 40m into a ravine.", 40)]
    [InlineData("The van rolled 15m down the embankment.", 15)]
    [InlineData("A hiker was found 300m from the cabin.", 300)]
    public void An_m_after_a_figure_of_distance_is_metres(string text, double metres)
    {
        var quantity = Single(text);

        Assert.Equal(QuantityDimension.Length, quantity.Dimension);
        Assert.Equal(metres, quantity.BaseValue, 6);
    }

    [Theory]
    [InlineData("The club paid 3m euros for the striker.", 3_000_000, "EUR")]
    [InlineData("The mill employs 1.2m workers across the region.", 1_200_000, "count")]
    [InlineData("Donors gave £4. 5m to the appeal.", 4_500_000, "GBP")]
    public void An_m_with_money_or_a_counted_noun_is_million(string text, double value, string baseUnit)
    {
        var quantity = Single(text);

        Assert.Equal(value, quantity.BaseValue, 3);
        Assert.Equal(baseUnit, quantity.BaseUnit);
    }

    [Theory]
    [InlineData("She spent three and a half years in exile.", 3.5 * 365.25)]
    [InlineData("The strike lasted 6 weeks.", 42)]
    [InlineData("He was held for nine months in Tarsk.", 9 * 30.4375)]
    [InlineData("Talks went on for two days and a night.", 2)]
    public void Spans_of_time_are_durations_in_days(string text, double days)
    {
        var quantity = AnalysisHelpers.Analyse(text).Quantities[0];

        Assert.Equal(QuantityDimension.Duration, quantity.Dimension);
        Assert.Equal(days, quantity.BaseValue, 3);
    }

    [Theory]
    [InlineData("A 41 - year - old fisherman was rescued off Kell Point.", 41)]
    [InlineData("A 41-year-old fisherman was rescued off Kell Point.", 41)]
    [InlineData("Marta Olsen, 29, was rescued off Kell Point.", 29)]
    [InlineData("The fisherman, aged 63, was rescued off Kell Point.", 63)]
    [InlineData("The fisherman, who is 52 years old, was rescued off Kell Point.", 52)]
    [InlineData("Oren Vask Jr., 47, was rescued off Kell Point.", 47)]
    [InlineData("Lodewijk Brandt Esq., 71, was rescued off Kell Point.", 71)]
    public void Ages_are_one_dimension_however_written(string text, double years)
    {
        var quantity = Single(text);

        Assert.Equal(QuantityDimension.Age, quantity.Dimension);
        Assert.Equal(years, quantity.Value);
    }

    [Fact]
    public void A_number_after_a_place_and_a_comma_that_counts_something_is_no_age()
    {
        var quantity = Single("In Kelmor, 29 houses were flooded.");

        Assert.Equal(QuantityDimension.Count, quantity.Dimension);
    }

    [Fact]
    public void A_number_after_an_abbreviation_that_ends_no_name_is_no_age()
    {
        var quantity = Single("The crew of Harlow Co., 47, were rescued off Kell Point.");

        Assert.NotEqual(QuantityDimension.Age, quantity.Dimension);
    }

    [Fact]
    public void A_spaced_hyphen_joins_a_duration_to_its_noun()
    {
        var quantity = AnalysisHelpers.Analyse("Dockers began a 48 - hour stoppage at Pellin.").Quantities[0];

        Assert.Equal(QuantityDimension.Duration, quantity.Dimension);
        Assert.Equal(2, quantity.BaseValue, 6);
    }
}
