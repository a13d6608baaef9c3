using CrossCheck.Alignment;
using CrossCheck.Analysis.Quantities;

namespace CrossCheck.Tests.Alignment;

public sealed class QuantityAndDateComparisonTests
{
    private static QuantityMention Q(double value, QuantityQualifier qualifier = QuantityQualifier.Exact, string? unit = null) =>
        new(value.ToString(System.Globalization.CultureInfo.InvariantCulture), 0, 1, value, qualifier, unit, null, 0);

    [Theory]
    [InlineData(5, "km", 3.1, "miles", true)]
    [InlineData(5, "km", 4, "miles", false)]
    [InlineData(12, "%", 12, "percent", true)]
    public void Units_are_normalised_before_comparing(double a, string unitA, double b, string unitB, bool compatible)
    {
        var first = Q(a, unit: unitA);
        var second = Q(b, unit: unitB);
        Assert.Equal(compatible, QuantityComparer.Compatible(first, second));
    }

    [Theory]
    [InlineData(10, "km", 6, "mi", true)]      // 6.2 miles, rounded
    [InlineData(10, "km", 10, "mi", false)]
    [InlineData(10, "km", 5, "mi", false)]
    [InlineData(100, "km", 60, "mi", true)]    // 62 miles, rounded to tens
    [InlineData(100, "km", 70, "mi", false)]
    [InlineData(5000, "ft", 1500, "m", true)]  // 1,524 m
    [InlineData(5000, "ft", 1300, "m", false)]
    [InlineData(40, "kg", 88, "lb", true)]     // 88.2 lb
    [InlineData(40, "kg", 70, "lb", false)]
    [InlineData(30, "°C", 86, "°F", true)]
    [InlineData(30, "°C", 100, "°F", false)]
    [InlineData(-40, "°C", -40, "°F", true)]
    public void Figures_converted_from_another_unit_may_be_rounded(double a, string unitA, double b, string unitB, bool compatible)
    {
        Assert.Equal(compatible, QuantityComparer.Compatible(Q(a, unit: unitA), Q(b, unit: unitB)));
        Assert.Equal(compatible, QuantityComparer.Compatible(Q(b, unit: unitB), Q(a, unit: unitA)));
    }

    [Theory]
    [InlineData(90, 93.87, false)]   // "almost 90 %" is not 93.87 %
    [InlineData(90, 89.2, true)]
    [InlineData(90, 90, true)]
    [InlineData(7400, 7412, false)]  // "nearly 7,400 kettles" is not 7,412
    [InlineData(7400, 7000, true)]
    [InlineData(7400, 6200, false)]
    public void Nearly_a_number_is_just_under_it(double nearly, double other, bool compatible)
    {
        Assert.Equal(compatible, QuantityComparer.Compatible(Q(nearly, QuantityQualifier.Nearly), Q(other)));
        Assert.Equal(compatible, QuantityComparer.Compatible(Q(other), Q(nearly, QuantityQualifier.Nearly)));
        Assert.True(QuantityComparer.Compatible(Q(nearly, QuantityQualifier.Nearly), Q(nearly, QuantityQualifier.Approximate)));
    }

    [Fact]
    public void Figures_in_the_same_unit_get_no_rounding_allowance()
    {
        Assert.False(QuantityComparer.Compatible(Q(10, unit: "km"), Q(11, unit: "km")));
        Assert.False(QuantityComparer.Compatible(Q(60, unit: "mi"), Q(62, unit: "mi")));
    }

    [Fact]
    public void A_qualifier_still_applies_to_a_converted_figure()
    {
        Assert.True(QuantityComparer.Compatible(Q(10, unit: "km"), Q(20, QuantityQualifier.LessThan, "mi")));
        Assert.False(QuantityComparer.Compatible(Q(10, unit: "km"), Q(7, QuantityQualifier.MoreThan, "mi")));
    }

    [Fact]
    public void Currencies_are_compared_only_when_identical()
    {
        Assert.Null(QuantityComparer.Compatible(Q(100, unit: "USD"), Q(92, unit: "EUR")));
        Assert.False(QuantityComparer.Compatible(Q(100, unit: "USD"), Q(92, unit: "USD")));
    }

    [Fact]
    public void Different_dimensions_are_not_comparable()
    {
        Assert.Null(QuantityComparer.Compatible(Q(5, unit: "km"), Q(5, unit: "USD")));
    }

    [Theory]
    [InlineData("2023-11", "2023-11-20", true)]
    [InlineData("2023", "2023-11-20T14:00", true)]
    [InlineData("2023-11-20", "2023-11-21", false)]
    [InlineData("2023-W47", "2023-11-22", true)]
    [InlineData("2023-W47", "2023-11-27", false)]
    [InlineData("2023-Q4", "2023-11", true)]
    [InlineData("2023-SU", "2023-11", false)]
    [InlineData("2023-11-20T09:00", "2023-11-20T10:00", false)]
    [InlineData("2026-08-14TEV", "2026-08-15TAF", false)]
    [InlineData("2026-08-14TEV", "2026-08-14", true)]
    [InlineData("2026-08-14TMO", "2026-08-14TNI", true)]
    [InlineData("2026-08-14TNI", "2026-08-14T22:30", true)]
    public void Timex_values_are_compatible_when_their_spans_overlap(string a, string b, bool compatible)
    {
        Assert.Equal(compatible, TimexInterval.Compatible(a, b));
    }

    [Theory]
    [InlineData("2026-09", "2026-09", 1.0)]
    [InlineData("2026-W36", "2026-W36", 1.0)]
    [InlineData("2026-09", "2026", 0.082)]
    [InlineData("2026-09-07", "2026-W37", 0.143)]
    [InlineData("2026-09", "2026-10", 0.0)]
    [InlineData("P2D", "2026", 0.0)]
    public void Date_agreement_is_the_share_of_the_longer_span_the_shorter_covers(string a, string b, double expected)
    {
        Assert.Equal(expected, TimexInterval.Agreement(a, b), 3);
    }

    [Theory]
    [InlineData("2025-07-20T00:37Z", "2025-07-20T07:37+07:00", true)]
    [InlineData("2025-07-20T14:00Z", "2025-07-20T15:00+01:00", true)]
    [InlineData("2025-07-20T07:37Z", "2025-07-20T07:37+07:00", false)]
    [InlineData("2025-07-19T23:30Z", "2025-07-20T06:30+07:00", true)]
    [InlineData("2025-07-20T07:37Z", "2025-07-20", true)]
    public void Clock_times_with_a_zone_are_compared_in_utc(string a, string b, bool compatible)
    {
        Assert.Equal(compatible, TimexInterval.Compatible(a, b));
    }

    [Theory]
    [InlineData("12", "13", false)]
    [InlineData("12", "1250", true)]
    [InlineData("12", "1300-05", false)]
    [InlineData("199", "1997-04-02", true)]
    [InlineData("199", "200", false)]
    [InlineData("19", "199", true)]
    [InlineData("00", "0050", true)]
    public void Centuries_and_decades_are_the_spans_of_their_years(string a, string b, bool compatible)
    {
        Assert.Equal(compatible, TimexInterval.Compatible(a, b));
    }

    [Fact]
    public void A_clock_time_in_utc_is_not_compared_with_one_whose_zone_is_unknown()
    {
        Assert.Null(TimexInterval.Compatible("2025-07-20T07:37Z", "2025-07-20T07:37"));
        Assert.Null(TimexInterval.Compatible("2025-07-20T07:37Z", "2025-07-20T09:00"));
        Assert.Equal(0, TimexInterval.Agreement("2025-07-20T07:37Z", "2025-07-20T07:37"));
        Assert.False(TimexInterval.Within("2025-07-20T07:37Z", "2025-07-20T07:37"));
        Assert.False(TimexInterval.Compatible("2025-07-20T07:37", "2025-07-20T09:00"));
    }

    [Theory]
    [InlineData("2025-07-20T07:37", 7, "2025-07-20T00:37Z")]
    [InlineData("2025-07-20T03:00", 7, "2025-07-19T20:00Z")]
    [InlineData("2025-07-20T10:15", -5, "2025-07-20T15:15Z")]
    [InlineData("2025-07-20", 7, "2025-07-20")]
    [InlineData("2025-07-20T07:37Z", 7, "2025-07-20T07:37Z")]
    public void Local_clock_times_move_to_utc(string value, int offsetHours, string expected)
    {
        Assert.Equal(expected, TimexInterval.ToUtc(value, TimeSpan.FromHours(offsetHours)));
    }

    [Theory]
    [InlineData("P2D")]
    [InlineData("PRESENT_REF")]
    [InlineData("2023-13")]
    [InlineData("2023-11-20TXX")]
    [InlineData("")]
    public void Values_that_are_not_points_in_time_are_not_compared(string value)
    {
        Assert.Null(TimexInterval.Compatible(value, "2023-11-20"));
    }
}
