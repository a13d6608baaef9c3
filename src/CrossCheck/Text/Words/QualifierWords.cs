using System.Collections.Frozen;
using CrossCheck.Analysis.Quantities;

namespace CrossCheck.Text;

/// <summary>The phrases that say how a stated number relates to the true value ("about 40", "more than
/// 300", "50 or so").</summary>
internal static class QualifierWords
{
    /// <summary>Phrases written before a number, lower case ("at least", "nearly", "no more than").</summary>
    public static readonly FrozenDictionary<string, QuantityQualifier> BeforeNumber = new Dictionary<string, QuantityQualifier>(StringComparer.Ordinal)
    {
        ["approximately"] = QuantityQualifier.Approximate, ["roughly"] = QuantityQualifier.Approximate,
        ["about"] = QuantityQualifier.Approximate, ["around"] = QuantityQualifier.Approximate, ["some"] = QuantityQualifier.Approximate,
        ["nearly"] = QuantityQualifier.Nearly, ["almost"] = QuantityQualifier.Nearly, ["circa"] = QuantityQualifier.Approximate,
        ["estimated"] = QuantityQualifier.Approximate, ["an estimated"] = QuantityQualifier.Approximate, ["close to"] = QuantityQualifier.Approximate,
        ["approx"] = QuantityQualifier.Approximate, ["roughly about"] = QuantityQualifier.Approximate, ["just about"] = QuantityQualifier.Approximate,
        ["at least"] = QuantityQualifier.AtLeast, ["no fewer than"] = QuantityQualifier.AtLeast, ["no less than"] = QuantityQualifier.AtLeast,
        ["a minimum of"] = QuantityQualifier.AtLeast, ["not less than"] = QuantityQualifier.AtLeast,
        ["more than"] = QuantityQualifier.MoreThan, ["over"] = QuantityQualifier.MoreThan, ["above"] = QuantityQualifier.MoreThan,
        ["in excess of"] = QuantityQualifier.MoreThan, ["upwards of"] = QuantityQualifier.MoreThan, ["just over"] = QuantityQualifier.MoreThan,
        ["exceeding"] = QuantityQualifier.MoreThan, ["well over"] = QuantityQualifier.MoreThan,
        ["up to"] = QuantityQualifier.AtMost, ["at most"] = QuantityQualifier.AtMost, ["no more than"] = QuantityQualifier.AtMost,
        ["a maximum of"] = QuantityQualifier.AtMost, ["as many as"] = QuantityQualifier.AtMost, ["not more than"] = QuantityQualifier.AtMost,
        ["fewer than"] = QuantityQualifier.LessThan, ["less than"] = QuantityQualifier.LessThan, ["under"] = QuantityQualifier.LessThan,
        ["below"] = QuantityQualifier.LessThan, ["just under"] = QuantityQualifier.LessThan, ["nearly all"] = QuantityQualifier.Approximate,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Phrases written after a number, lower case ("or more", "or so").</summary>
    public static readonly FrozenDictionary<string, QuantityQualifier> AfterNumber = new Dictionary<string, QuantityQualifier>(StringComparer.Ordinal)
    {
        ["or so"] = QuantityQualifier.Approximate, ["or more"] = QuantityQualifier.AtLeast,
        ["or fewer"] = QuantityQualifier.AtMost, ["or less"] = QuantityQualifier.AtMost, ["plus"] = QuantityQualifier.AtLeast,
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
