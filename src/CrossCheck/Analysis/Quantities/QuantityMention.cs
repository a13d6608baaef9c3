using CrossCheck.Text;
namespace CrossCheck.Analysis.Quantities;

/// <summary>How a stated number relates to the true value.</summary>
internal enum QuantityQualifier
{
    Exact,
    Approximate,
    AtLeast,
    AtMost,
    MoreThan,
    LessThan,

    /// <summary>Just under the number: "nearly 90 %", "almost 7,400 kettles" (not 93 %, not 7,412).</summary>
    Nearly,
}

/// <summary>A number in the text with what it counts: "roughly one hundred Alliance casualties" is
/// Value 100, Approximate, Counts "Alliance casualties". <see cref="Unit"/> is a measurement unit
/// (km, %, USD) when there is one; <see cref="Dimension"/>, <see cref="BaseUnit"/> and <see cref="BaseValue"/>
/// say what it measures and its value in that dimension's base unit ("5 km" is Length, 5,000 "m").</summary>
internal sealed record QuantityMention(
    string Text,
    int Start,
    int End,
    double Value,
    QuantityQualifier Qualifier,
    string? Unit,
    string? Counts,
    int SentenceIndex)
{
    private readonly QuantityMeasure _measure = QuantityUnits.Measure(Unit);

    public QuantityDimension Dimension => _measure.Dimension;

    /// <summary>The unit <see cref="BaseValue"/> is stated in; quantities are comparable when it is the same.</summary>
    public string BaseUnit => _measure.BaseUnit;

    public double BaseValue => _measure.ToBase(Value);

    /// <summary>The start of the figure this one restates in another unit, in brackets right after it ("2000ft (609
    /// metres)", "2m euros (£1.7m; $2.6m)"): one figure told twice, not two figures. Null for a figure of its own.</summary>
    public int? Restates { get; init; }

    /// <summary>The base-unit value of <paramref name="value"/> stated in this mention's unit (for rounding bounds).</summary>
    public double ToBase(double value) => _measure.ToBase(value);
}
