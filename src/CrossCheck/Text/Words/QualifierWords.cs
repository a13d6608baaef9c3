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

    /// <summary>Phrases written right before a time or date that say how the event's time relates to the one named
    /// ("shortly after 2 a.m.", "by Friday evening", "before dawn"), lower case. Approximations ("about 2:30") are read
    /// from <see cref="BeforeNumber"/>.</summary>
    public static readonly FrozenDictionary<string, TimeQualifier> BeforeTime = new Dictionary<string, TimeQualifier>(StringComparer.Ordinal)
    {
        ["shortly after"] = TimeQualifier.ShortlyAfter, ["just after"] = TimeQualifier.ShortlyAfter, ["soon after"] = TimeQualifier.ShortlyAfter,
        ["right after"] = TimeQualifier.ShortlyAfter, ["just past"] = TimeQualifier.ShortlyAfter, ["shortly past"] = TimeQualifier.ShortlyAfter,
        ["shortly before"] = TimeQualifier.ShortlyBefore, ["just before"] = TimeQualifier.ShortlyBefore, ["right before"] = TimeQualifier.ShortlyBefore,
        ["after"] = TimeQualifier.After, ["later than"] = TimeQualifier.After,
        ["before"] = TimeQualifier.Before, ["by"] = TimeQualifier.Before, ["no later than"] = TimeQualifier.Before, ["earlier than"] = TimeQualifier.Before,
        ["until"] = TimeQualifier.Bound, ["till"] = TimeQualifier.Bound, ["since"] = TimeQualifier.Bound, ["from"] = TimeQualifier.Bound,
        ["between"] = TimeQualifier.Bound, ["through"] = TimeQualifier.Bound, ["throughout"] = TimeQualifier.Bound, ["during"] = TimeQualifier.Bound,
        ["as of"] = TimeQualifier.Bound, ["as at"] = TimeQualifier.Bound,
    }.ToFrozenDictionary(StringComparer.Ordinal);
}

/// <summary>How the time of an event relates to the time named for it (<see cref="QualifierWords.BeforeTime"/>).</summary>
internal enum TimeQualifier
{
    /// <summary>At the time named ("at 6.40 a.m.", "on Sunday").</summary>
    At,

    /// <summary>Near it on either side ("about 2:30 a.m.", "around six weeks ago").</summary>
    Approximate,

    /// <summary>Within a short while after it ("shortly after 2 a.m.").</summary>
    ShortlyAfter,

    /// <summary>Within a short while before it ("just before 11 a.m.").</summary>
    ShortlyBefore,

    /// <summary>Any time after it ("after midnight").</summary>
    After,

    /// <summary>Any time up to it ("by Friday evening", "before dawn").</summary>
    Before,

    /// <summary>A bound of a span or state ("until Monday", "since June"): not the time of one event.</summary>
    Bound,
}
