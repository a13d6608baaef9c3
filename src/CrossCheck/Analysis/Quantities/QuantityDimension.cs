namespace CrossCheck.Analysis.Quantities;

/// <summary>What a quantity measures.</summary>
public enum QuantityDimension
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

    /// <summary>A measure the unit table does not know ("a 10-storey tower").</summary>
    Other,
}

/// <summary>A unit reduced to its dimension, the base unit its values are stated in and the factor to that
/// base unit (5 km is 5,000 in the base unit "m"). Two quantities are comparable when they share a base unit;
/// a unit with no conversion yet is its own base unit ("mm", "acre", "JPY"), so it compares only with itself.</summary>
public readonly record struct QuantityMeasure(QuantityDimension Dimension, string BaseUnit, double Factor);
