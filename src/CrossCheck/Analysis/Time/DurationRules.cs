using System.Globalization;
using System.Text.RegularExpressions;
using CrossCheck.Text;
using static CrossCheck.Analysis.Time.RuleHelpers;

namespace CrossCheck.Analysis.Time;

/// <summary>Normalisers for durations ("three days" → P3D, "several months" → PXM, "an hour" → PT1H), sets
/// ("annually", "every morning") and the PRESENT_REF/PAST_REF/FUTURE_REF placeholders.</summary>
internal static class DurationRules
{
    public static TimexValue? Duration(Match m, TimexContext context) =>
        Period(m.Groups["n"].Value, Lower(m.Groups["unit"]));

    /// <summary>"over the next decade", "for the past year": a span of one unit, not a calendar date.</summary>
    public static TimexValue? OneUnit(Match m, TimexContext context) => Period("1", Lower(m.Groups["unit"]));

    /// <summary>The ISO 8601 period for a count of units; an unknown count ("several") gives X.</summary>
    public static TimexValue? Period(string countText, string unit)
    {
        if (unit.EndsWith('s'))
        {
            unit = unit[..^1];
        }

        var count = TimeWords.Number(countText);
        var (multiplier, designator, clock) = unit switch
        {
            "second" => (1, "S", true),
            "minute" => (1, "M", true),
            "hour" => (1, "H", true),
            "day" or "night" => (1, "D", false),
            "week" => (1, "W", false),
            "fortnight" => (2, "W", false),
            "month" => (1, "M", false),
            "quarter" => (3, "M", false),
            "year" => (1, "Y", false),
            "decade" => (10, "Y", false),
            "century" or "centurie" => (100, "Y", false),
            _ => (0, string.Empty, false),
        };
        if (multiplier == 0)
        {
            return null;
        }

        var amount = count is { } c ? (c * multiplier).ToString("0.##", CultureInfo.InvariantCulture) : "X";
        var granularity = clock ? DateGranularity.Time : DateGranularity.Day;
        return new TimexValue((clock ? "PT" : "P") + amount + designator, TimexType.Duration, granularity, false);
    }

    public static TimexValue? Reference(Match m, TimexContext context)
    {
        var value = m.Groups["present"].Success ? "PRESENT_REF" : m.Groups["past"].Success ? "PAST_REF" : "FUTURE_REF";
        return new TimexValue(value, TimexType.Date, DateGranularity.Day, false);
    }

    public static TimexValue? Set(Match m, TimexContext context)
    {
        var word = Lower(m.Groups[m.Groups["adverb"].Success ? "adverb" : "unit"]);
        var value = word switch
        {
            "annually" or "yearly" or "year" => "XXXX",
            "monthly" or "month" => "XXXX-XX",
            "weekly" or "week" => "XXXX-WXX",
            "weekend" => "XXXX-WXX-WE",
            "daily" or "day" => "XXXX-XX-XX",
            "nightly" => "XXXX-XX-XXTNI",
            "hourly" => "PT1H",
            _ when TimeWords.PartOfDay(word) is { } part => "XXXX-XX-XXT" + part,
            _ when TimeWords.Weekday(word) is { } weekday => "XXXX-WXX-" + (((int)weekday + 6) % 7 + 1).ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
        return value is null ? null : new TimexValue(value, TimexType.Set, DateGranularity.Day, false);
    }
}
