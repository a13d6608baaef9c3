using System.Globalization;
using CrossCheck.Analysis.Quantities;
using CrossCheck.Text;

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

    /// <summary>A figure converted from another unit is rounded ("10 km" is "six miles"): each side may be off by
    /// half a step of its last significant digit, but by no more than this share of its value ("100 km" is not
    /// "anything from 50 to 150 km").</summary>
    public const double MaxRoundingShare = 0.05;

    /// <summary>True when both can be true, false when they cannot, null when they are not comparable
    /// (different dimensions such as km and USD, or two currencies).</summary>
    public static bool? Compatible(QuantityMention a, QuantityMention b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!string.Equals(a.BaseUnit, b.BaseUnit, StringComparison.Ordinal))
        {
            return null;
        }

        if (Converted(a, b))
        {
            return Rounded(a).Meets(Rounded(b));
        }

        var tolerance = a.Dimension == QuantityDimension.Count ? 0.0 : MeasurementTolerance;
        return Interval(a.BaseValue, a.Qualifier, tolerance).Meets(Interval(b.BaseValue, b.Qualifier, tolerance));
    }

    /// <summary>The two figures are stated in different units of one dimension (km and miles, °C and °F).</summary>
    private static bool Converted(QuantityMention a, QuantityMention b) =>
        a.Unit is not null && b.Unit is not null && !string.Equals(a.Unit, b.Unit, StringComparison.OrdinalIgnoreCase);

    /// <summary>The values the stated figure may stand for once rounding is allowed, in the base unit: ± half
    /// the step of its last significant digit (6 → ±0.5, 60 → ±5, 6.2 → ±0.05), at most
    /// <see cref="MaxRoundingShare"/> of it; a qualifier ("about", "more than") widens or opens it as usual.</summary>
    private static Range Rounded(QuantityMention quantity)
    {
        var value = quantity.Value;
        var half = Math.Min(Step(value) / 2, Math.Abs(value) * MaxRoundingShare);
        var low = quantity.ToBase(value - half);
        var high = quantity.ToBase(value + half);
        var exact = new Range(low, false, high, false);
        var stated = Interval(quantity.BaseValue, quantity.Qualifier, 0);
        return quantity.Qualifier == QuantityQualifier.Exact ? exact : stated.Widen(exact);
    }

    /// <summary>The place value of the last significant digit: 1 for 6, 10 for 60, 0.1 for 6.2.</summary>
    private static double Step(double value)
    {
        var magnitude = Math.Abs(value);
        if (magnitude == 0)
        {
            return 1;
        }

        var step = 1.0;
        var scaled = magnitude;
        while (Math.Abs(scaled - Math.Round(scaled)) > 1e-9 && step > 1e-6)
        {
            step /= 10;
            scaled = magnitude / step;
        }

        while (step < magnitude && Math.Abs((magnitude / (step * 10)) - Math.Round(magnitude / (step * 10))) < 1e-9)
        {
            step *= 10;
        }

        return step;
    }

    /// <summary>"4,500 vs 4,000 troops".</summary>
    public static string DescribeConflict(QuantityMention a, QuantityMention b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Counts is { } countsA && b.Counts is { } countsB && !string.Equals(countsA, countsB, StringComparison.OrdinalIgnoreCase))
        {
            return $"{Format(a)} {countsA} vs {Format(b)} {countsB}";
        }

        var what = a.Counts ?? b.Counts;
        return $"{Format(a)} vs {Format(b)}{(what is null ? "" : " " + what)}";
    }

    public static string Format(QuantityMention quantity)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        var prefix = quantity.Qualifier switch
        {
            QuantityQualifier.Approximate => "about ",
            QuantityQualifier.Nearly => "nearly ",
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

        /// <summary>The smallest range holding both (an open bound stays open only if no closed one reaches it).</summary>
        public Range Widen(Range other) => new(
            Math.Min(Low, other.Low),
            Low < other.Low ? LowOpen : other.Low < Low ? other.LowOpen : LowOpen && other.LowOpen,
            Math.Max(High, other.High),
            High > other.High ? HighOpen : other.High > High ? other.HighOpen : HighOpen && other.HighOpen);
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
            QuantityQualifier.Nearly => new(value - (magnitude * ApproximateTolerance), false, value, false),
            _ => new(value - (magnitude * exactTolerance), false, value + (magnitude * exactTolerance), false),
        };
    }
}
