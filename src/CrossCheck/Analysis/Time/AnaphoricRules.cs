using System.Text.RegularExpressions;
using CrossCheck.Text;
using static CrossCheck.Analysis.Time.RuleHelpers;

namespace CrossCheck.Analysis.Time;

/// <summary>Normalisers for expressions resolved against the date mentioned just before ("the next day",
/// "that evening", "two days later", "the end of the year") or, for "ago", against the publication date.</summary>
internal static class AnaphoricRules
{
    public static TimexValue? Anaphoric(Match m, TimexContext context)
    {
        var unit = Lower(m.Groups["unit"]);
        var shift = Shift(m.Groups["dir"]) ?? 0;
        var part = TimeWords.PartOfDay(unit);
        if (unit is "day" or "morning" or "afternoon" or "evening" or "night")
        {
            return context.AnchorFor(DateGranularity.Day) is { } day ? DayValue(day.AddDays(shift), relative: true, part) : null;
        }

        var granularity = unit switch
        {
            "week" or "weekend" => DateGranularity.Week,
            "month" => DateGranularity.Month,
            _ => DateGranularity.Year,
        };
        return context.AnchorFor(granularity) is { } origin ? DeicticRules.UnitValue(unit, origin, shift) : null;
    }

    /// <summary>"the end of the year", "early in the month": the unit of the date mentioned before, unless the clause
    /// speaks of the future and that unit is already past (then the unit of the publication date).</summary>
    public static TimexValue? PartOfAnchor(Match m, TimexContext context)
    {
        var unit = Lower(m.Groups["unit"]);
        var granularity = unit switch
        {
            "week" => DateGranularity.Week,
            "month" => DateGranularity.Month,
            "decade" => DateGranularity.Decade,
            _ => DateGranularity.Year,
        };
        var origin = context.AnchorFor(granularity);

        // "will close by the end of the year": a clause about the future is not about a unit already past.
        if (context.Tense == TenseDirection.Future && context.Reference is { } reference && origin is { } o
            && DeicticRules.UnitValue(unit, o, 0) is { } anchored && DeicticRules.UnitValue(unit, reference, 0) is { } current
            && string.CompareOrdinal(anchored.Value, current.Value) < 0)
        {
            return current;
        }

        return origin is { } start ? DeicticRules.UnitValue(unit, start, 0) : null;
    }

    /// <summary>"four years ago" (publication date), "two days later", "a week earlier" (the date before).</summary>
    public static TimexValue? AgoLater(Match m, TimexContext context)
    {
        var direction = Lower(m.Groups["dir"]);
        var deictic = direction is "ago" or "from now" or "hence";
        var sign = direction is "ago" or "earlier" or "previously" ? -1 : 1;
        var unit = Lower(m.Groups["unit"]);
        if (unit.EndsWith('s'))
        {
            unit = unit[..^1];
        }

        if (TimeWords.Number(m.Groups["n"].Value) is not { } count || count != decimal.Truncate(count))
        {
            return deictic && sign < 0 && context.Reference is not null ? new TimexValue("PAST_REF", TimexType.Date, DateGranularity.Year, true) : null;
        }

        var n = (int)count * sign;
        if (n == -1 && unit == "year" && SamePeriodAYearBefore(context) is { } period)
        {
            return period;
        }

        var granularity = unit switch
        {
            "day" or "night" => DateGranularity.Day,
            "week" or "fortnight" => DateGranularity.Week,
            "month" or "quarter" => DateGranularity.Month,
            _ => DateGranularity.Year,
        };
        var origin = deictic ? context.Reference : context.AnchorFor(granularity);
        if (origin is not { } o)
        {
            return null;
        }

        var value = unit switch
        {
            "day" or "night" => DayValue(o.AddDays(n), relative: true),
            "fortnight" => Value(TimexCalendar.Week(o.AddDays(14 * n)), DateGranularity.Week, relative: true),
            "quarter" => Value(TimexCalendar.Quarter(o.AddMonths(3 * n)), DateGranularity.Quarter, relative: true),
            "century" or "centurie" => Value(TimexCalendar.Century(o.Year + (100 * n)), DateGranularity.Century, relative: true),
            "week" or "month" or "year" or "decade" => DeicticRules.UnitValue(unit, o, n),
            _ => null,
        };

        // A rounded count from the report's own date ("about three weeks ago"), not a bound ("more than six weeks ago").
        return deictic && value is not null && !Bounded(m.Groups["lead"]) && ElapsedSpan.Of(o, n, unit) is { } elapsed
            ? value with { Elapsed = elapsed }
            : value;
    }

    /// <summary>A word before the count that makes it a bound, not a rounded value ("more than", "nearly", "over").</summary>
    private static bool Bounded(Group lead) =>
        lead.Success && QualifierWords.BeforeNumber.TryGetValue(Lower(lead), out var qualifier) && qualifier != Quantities.QuantityQualifier.Approximate;

    /// <summary>"up 8% from a year earlier" right after "third-quarter profit": the same quarter or half one year
    /// before, when the period named just before is the one being reported.</summary>
    private static TimexValue? SamePeriodAYearBefore(TimexContext context) =>
        context.Anchor is { Granularity: DateGranularity.Quarter } && PeriodRules.RecentPeriod(context) is { } period
            ? PeriodRules.YearEarlier(period)
            : null;
}
