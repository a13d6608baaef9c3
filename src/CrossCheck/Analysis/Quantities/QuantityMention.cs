namespace CrossCheck.Analysis.Quantities;

/// <summary>How a stated number relates to the true value.</summary>
public enum QuantityQualifier
{
    Exact,
    Approximate,
    AtLeast,
    AtMost,
    MoreThan,
    LessThan,
}

/// <summary>A number in the text with what it counts: "roughly one hundred Alliance casualties" is
/// Value 100, Approximate, Counts "Alliance casualties". <see cref="Unit"/> is a measurement unit
/// (km, %, USD) when there is one.</summary>
public sealed record QuantityMention(
    string Text,
    int Start,
    int End,
    double Value,
    QuantityQualifier Qualifier,
    string? Unit,
    string? Counts,
    int SentenceIndex);
