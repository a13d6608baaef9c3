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
