namespace CrossCheck.Text;

/// <summary>What a quantity measures.</summary>
internal enum QuantityDimension
{
    /// <summary>A plain count: "4,500 troops".</summary>
    Count,
    Length,
    Mass,
    Area,
    Volume,
    Speed,
    Temperature,
    Duration,
    Money,
    Percentage,

    /// <summary>A place in a ranking: "17th in the league".</summary>
    Rank,

    /// <summary>A person's age in years: "a 36-year-old", "Robert Buckley, 32,".</summary>
    Age,

    /// <summary>An earthquake's magnitude: "magnitude 6.1".</summary>
    Magnitude,

    /// <summary>A measure the unit table does not know ("a 10-storey tower").</summary>
    Other,
}

/// <summary>A unit reduced to its dimension, the base unit its values are stated in and the factor to that
/// base unit (5 km is 5,000 in the base unit "m"), plus an <see cref="Offset"/> for scales that do not start at
/// the same zero (86 °F is 86 × 5/9 − 17.78 = 30 °C). Two quantities are comparable when they share a base unit;
/// a unit with no conversion yet is its own base unit ("mm", "acre", "JPY"), so it compares only with itself.</summary>
internal readonly record struct QuantityMeasure(QuantityDimension Dimension, string BaseUnit, double Factor, double Offset = 0)
{
    /// <summary>A value in this unit stated in the base unit.</summary>
    public double ToBase(double value) => (value * Factor) + Offset;
}
