using System.Globalization;
using CrossCheck.Analysis.Quantities;

namespace CrossCheck.Alignment;

/// <summary>Decides whether two stated quantities can both be true. Each statement is read as an interval
/// ("at least 3" = [3, ∞), "about 100" = [90, 110], "4,500" = [4,500, 4,500]) over its value in its base unit
/// (<see cref="QuantityMention.BaseValue"/>), and two statements are compatible when their intervals meet.</summary>
internal static class QuantityComparer
{
    /// <summary>"About", "roughly": ±10 % (reporters round to one or two significant figures).</summary>
    public const double ApproximateTolerance = 0.10;

    /// <summary>Exact measurements: sub-percent rounding of converted units ("5 km" = "3.1 miles").
    /// Plain counts get no tolerance: 4,500 troops are not 4,480.</summary>
    public const double MeasurementTolerance = 0.005;

    /// <summary>True when both can be true, false when they cannot, null when they are not comparable
    /// (different dimensions such as km and USD).</summary>
    public static bool? Compatible(QuantityMention a, QuantityMention b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!string.Equals(a.BaseUnit, b.BaseUnit, StringComparison.Ordinal))
        {
            return null;
        }

        var tolerance = a.Dimension == QuantityDimension.Count ? 0.0 : MeasurementTolerance;
        return Interval(a.BaseValue, a.Qualifier, tolerance).Meets(Interval(b.BaseValue, b.Qualifier, tolerance));
    }

    /// <summary>"4,500 vs 4,000 troops".</summary>
    public static string DescribeConflict(QuantityMention a, QuantityMention b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var what = a.Counts ?? b.Counts;
        return $"{Format(a)} vs {Format(b)}{(what is null ? "" : " " + what)}";
    }

    public static string Format(QuantityMention quantity)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        var prefix = quantity.Qualifier switch
        {
            QuantityQualifier.Approximate => "about ",
            QuantityQualifier.AtLeast => "at least ",
            QuantityQualifier.AtMost => "at most ",
            QuantityQualifier.MoreThan => "more than ",
            QuantityQualifier.LessThan => "less than ",
            _ => "",
        };
        var value = quantity.Value.ToString("#,0.###", CultureInfo.InvariantCulture);
        return quantity.Unit is null ? prefix + value : $"{prefix}{value} {quantity.Unit}";
    }

    /// <summary>Bounds are open for "more than"/"less than": "more than 12" cannot be 12.</summary>
    private readonly record struct Range(double Low, bool LowOpen, double High, bool HighOpen)
    {
        public bool Meets(Range other)
        {
            var (low, lowOpen) = Low > other.Low || (Low == other.Low && LowOpen) ? (Low, LowOpen) : (other.Low, other.LowOpen);
            var (high, highOpen) = High < other.High || (High == other.High && HighOpen) ? (High, HighOpen) : (other.High, other.HighOpen);
            return low < high || (low == high && !lowOpen && !highOpen);
        }
    }

    private static Range Interval(double value, QuantityQualifier qualifier, double exactTolerance)
    {
        var magnitude = Math.Abs(value);
        return qualifier switch
        {
            QuantityQualifier.Approximate => new(value - (magnitude * ApproximateTolerance), false, value + (magnitude * ApproximateTolerance), false),
            QuantityQualifier.AtLeast => new(value, false, double.PositiveInfinity, true),
            QuantityQualifier.MoreThan => new(value, true, double.PositiveInfinity, true),
            QuantityQualifier.AtMost => new(double.NegativeInfinity, true, value, false),
            QuantityQualifier.LessThan => new(double.NegativeInfinity, true, value, true),
            _ => new(value - (magnitude * exactTolerance), false, value + (magnitude * exactTolerance), false),
        };
    }
}
