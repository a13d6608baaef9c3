using System.Globalization;
using CrossCheck.Analysis.Quantities;

namespace CrossCheck.Alignment;

/// <summary>Decides whether two stated quantities can both be true. Each statement is read as an interval
/// ("at least 3" = [3, ∞), "about 100" = [90, 110], "4,500" = [4,500, 4,500]) after unit normalisation,
/// and two statements are compatible when their intervals meet.</summary>
internal static class QuantityComparer
{
    /// <summary>"About", "roughly": ±10 % (reporters round to one or two significant figures).</summary>
    public const double ApproximateTolerance = 0.10;

    /// <summary>Exact figures: only floating-point noise and sub-percent rounding of converted units.</summary>
    public const double ExactTolerance = 0.005;

    /// <summary>True when both can be true, false when they cannot, null when they are not comparable
    /// (different dimensions such as km and USD).</summary>
    public static bool? Compatible(QuantityMention a, QuantityMention b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var unitA = Units.Normalise(a.Unit);
        var unitB = Units.Normalise(b.Unit);
        if (unitA.Dimension != unitB.Dimension)
        {
            return null;
        }

        var (lowA, highA) = Interval(a.Value * unitA.Factor, a.Qualifier);
        var (lowB, highB) = Interval(b.Value * unitB.Factor, b.Qualifier);
        return lowA <= highB && lowB <= highA;
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

    private static (double Low, double High) Interval(double value, QuantityQualifier qualifier)
    {
        var magnitude = Math.Abs(value);
        return qualifier switch
        {
            QuantityQualifier.Approximate => (value - (magnitude * ApproximateTolerance), value + (magnitude * ApproximateTolerance)),
            QuantityQualifier.AtLeast => (value - (magnitude * ExactTolerance), double.PositiveInfinity),
            QuantityQualifier.MoreThan => (value + (magnitude * ExactTolerance), double.PositiveInfinity),
            QuantityQualifier.AtMost => (double.NegativeInfinity, value + (magnitude * ExactTolerance)),
            QuantityQualifier.LessThan => (double.NegativeInfinity, value - (magnitude * ExactTolerance)),
            _ => (value - (magnitude * ExactTolerance), value + (magnitude * ExactTolerance)),
        };
    }
}
