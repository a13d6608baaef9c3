using CrossCheck.Analysis.Quantities;
using CrossCheck.Tests.Analysis.Entities;
using CrossCheck.Text;

namespace CrossCheck.Tests.Analysis.Quantities;

public sealed class QuantityExtractorTests
{
    private static IReadOnlyList<QuantityMention> Extract(string text)
    {
        var quantities = AnalysisHelpers.Analyse(text).Quantities;
        Assert.All(quantities, q => Assert.Equal(q.Text, text[q.Start..q.End]));
        return quantities;
    }

    [Theory]
    [InlineData("Some 1,200 soldiers arrived.", QuantityDimension.Count, 1200, "count")]
    [InlineData("The convoy drove 120 km overnight.", QuantityDimension.Length, 120_000, "m")]
    [InlineData("Up to 300 tonnes of grain were lost.", QuantityDimension.Mass, 300_000, "kg")]
    [InlineData("The fire burned 50 hectares.", QuantityDimension.Area, 0.5, "km2")]
    [InlineData("The fund holds 4.5 million euros.", QuantityDimension.Money, 4_500_000, "EUR")]
    [InlineData("Turnout fell to 38.5% on Sunday.", QuantityDimension.Percentage, 38.5, "%")]
    [InlineData("The club sits 17th in the league.", QuantityDimension.Rank, 17, "rank")]
    [InlineData("The 3-week strike ended.", QuantityDimension.Duration, 21, "day")]
    [InlineData("The river rose 40 mm overnight.", QuantityDimension.Length, 40, "mm")]
    [InlineData("The afternoon reached 35°C in the valley.", QuantityDimension.Temperature, 35, "°C")]
    [InlineData("The afternoon reached 95 degrees Fahrenheit in the valley.", QuantityDimension.Temperature, 35, "°C")]
    [InlineData("Overnight it fell to 14F on the ridge.", QuantityDimension.Temperature, -10, "°C")]
    [InlineData("Overnight it fell to -12°C on the ridge.", QuantityDimension.Temperature, -12, "°C")]
    [InlineData("Overnight it fell to minus 4 degrees Fahrenheit on the ridge.", QuantityDimension.Temperature, -20, "°C")]
    public void Each_quantity_carries_its_dimension_and_its_value_in_a_base_unit(string text, object dimension, double baseValue, string baseUnit)
    {
        var quantity = Extract(text).Single();

        Assert.Equal((QuantityDimension)dimension, quantity.Dimension);
        Assert.Equal(baseValue, quantity.BaseValue, 6);
        Assert.Equal(baseUnit, quantity.BaseUnit);
    }

    [Theory]
    [InlineData("Some 1,200 soldiers arrived.", "1,200", 1200, QuantityQualifier.Approximate, null, "soldiers")]
    [InlineData("Nearly two dozen villages were hit.", "two dozen", 24, QuantityQualifier.Nearly, null, "villages")]
    [InlineData("The fund holds 4.5 million euros.", "4.5 million euros", 4_500_000, QuantityQualifier.Exact, "EUR", null)]
    [InlineData("It raised $1.2m last year.", "$1.2m", 1_200_000, QuantityQualifier.Exact, "USD", null)]
    [InlineData("Turnout fell to 38.5% on Sunday.", "38.5%", 38.5, QuantityQualifier.Exact, "%", null)]
    [InlineData("Prices rose by more than 12 per cent.", "12 per cent", 12, QuantityQualifier.MoreThan, "%", null)]
    [InlineData("The convoy drove 120 km overnight.", "120 km", 120, QuantityQualifier.Exact, "km", null)]
    [InlineData("Up to 300 tonnes of grain were lost.", "300 tonnes", 300, QuantityQualifier.AtMost, "t", null)]
    [InlineData("Fewer than 40 people voted.", "40", 40, QuantityQualifier.LessThan, null, "people")]
    [InlineData("A dozen journalists were detained.", "A dozen", 12, QuantityQualifier.Exact, null, "journalists")]
    [InlineData("Between 30 and 40 houses burned; some 30-40 families fled.", "30-40", 30, QuantityQualifier.Approximate, null, "families")]
    [InlineData("One soldier was injured.", "One", 1, QuantityQualifier.Exact, null, "soldier")]
    [InlineData("Twenty-five police officers were injured.", "Twenty-five", 25, QuantityQualifier.Exact, null, "police officers")]
    [InlineData("They counted three hundred and fifty trucks.", "three hundred and fifty", 350, QuantityQualifier.Exact, null, "trucks")]
    [InlineData("The fire killed a 68-year-old farmer.", "68-year-old", 68, QuantityQualifier.Exact, "year-old", "farmer")]
    [InlineData("Crews evacuated a 10-storey tower.", "10-storey", 10, QuantityQualifier.Exact, "storey", "tower")]
    [InlineData("Shops could lose a third of their customers.", "a third", 33.3, QuantityQualifier.Approximate, "%", "customers")]
    [InlineData("Some 1.4 million customer records were copied.", "1.4 million", 1_400_000, QuantityQualifier.Approximate, null, "customer records")]
    [InlineData("Nearly 300 homes were damaged.", "300", 300, QuantityQualifier.Nearly, null, "homes")]
    [InlineData("The club sits 17th in the league.", "17th", 17, QuantityQualifier.Exact, "rank", null)]
    [InlineData("She finished third in the race.", "third", 3, QuantityQualifier.Exact, "rank", null)]
    [InlineData("The party came 2nd in the Vellan Assembly polls.", "2nd", 2, QuantityQualifier.Exact, "rank", null)]
    [InlineData("Two thirds of the voters stayed home.", "Two thirds", 66.7, QuantityQualifier.Approximate, "%", "voters")]
    [InlineData("Half of the houses were flooded.", "Half", 50, QuantityQualifier.Approximate, "%", "houses")]
    [InlineData("The board recalled 9,000 Tarnwell Brio 300 electric kettles.", "9,000", 9000, QuantityQualifier.Exact, null, "Tarnwell Brio 300 electric kettles")]
    [InlineData("The barge was carrying eleven fishermen.", "eleven", 11, QuantityQualifier.Exact, null, "fishermen")]
    [InlineData("Crews sent 40 firemen to the depot.", "40", 40, QuantityQualifier.Exact, null, "firemen")]
    [InlineData("Curators kept 30 specimen jars.", "30", 30, QuantityQualifier.Exact, null, "specimen jars")]
    public void Numbers_with_qualifier_unit_and_what_they_count(string text, string span, double value, object qualifier, string? unit, string? counts)
    {
        var found = Extract(text).Last();

        Assert.Equal((span, value, (QuantityQualifier)qualifier, unit, counts), (found.Text, found.Value, found.Qualifier, found.Unit, found.Counts));
    }

    [Theory]
    [InlineData("She came third in the race.")]
    [InlineData("Profits rose in the third quarter.")]
    [InlineData("The bridge dates from the 17th century.")]
    [InlineData("It was the third time in the league that he scored.")]
    [InlineData("A quarter past nine, the bell rang.")]
    public void Ordinals_and_time_words_are_not_fractions(string text) =>
        Assert.DoesNotContain(Extract(text), q => q.Unit == "%");

    [Fact]
    public void Counted_noun_before_of()
    {
        var found = Assert.Single(Extract("The ship had a crew of 14 when it sank."));

        Assert.Equal("crew", found.Counts);
    }

    [Fact]
    public void Counted_noun_from_context()
    {
        var found = Assert.Single(Extract("The number of peacekeepers in the area was raised to 3,800."));

        Assert.Equal("peacekeepers", found.Counts);
    }

    [Theory]
    [InlineData("The meeting took place on November 20.")]
    [InlineData("Fighting began on 24 September 2023 near the border.")]
    [InlineData("On September 24, 2023, clashes erupted.")]
    [InlineData("It declared independence in 2008.")]
    [InlineData("The talks start at 10:30 and end at 4 pm.")]
    [InlineData("He celebrated his 21st birthday.")]
    [InlineData("Call +381 11 123 4567 or 011-555-0199 for details.")]
    [InlineData("1. The first point.\n2) The second point.")]
    [InlineData("The COVID-19 crisis and the G7 summit followed Resolution 1244.")]
    [InlineData("No one came, and one of them left.")]
    [InlineData("Hundreds of protesters and tens of thousands of supporters gathered.")]
    public void Dates_years_times_ordinals_phones_codes_and_list_numbers_are_not_quantities(string text) =>
        Assert.Empty(Extract(text));
}
