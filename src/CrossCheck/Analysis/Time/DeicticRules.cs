using System.Text.RegularExpressions;
using CrossCheck.Text;
using static CrossCheck.Analysis.Time.RuleHelpers;

namespace CrossCheck.Analysis.Time;

/// <summary>Normalisers for expressions resolved against the publication date: "yesterday", "on Wednesday",
/// "last Friday", "in March", "late spring", "last month", "this week", "next year".</summary>
internal static class DeicticRules
{
    public static TimexValue? DeicticDay(Match m, TimexContext context)
    {
        if (context.Reference is not { } reference)
        {
            return null;
        }

        var part = TimeWords.PartOfDay(m.Groups["part"].Success ? m.Groups["part"].Value : null);
        if (m.Groups["which"].Success)
        {
            var last = Lower(m.Groups["which"]) == "last";
            return DayValue(last ? reference.AddDays(-1) : reference, relative: true, part);
        }

        var word = Lower(m.Groups["word"]);
        var offset = word switch
        {
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => 0,
        };
        if (m.Groups["prefix"].Success)
        {
            offset += m.Groups["prefix"].Value.EndsWith("before", StringComparison.OrdinalIgnoreCase) ? -1 : 1;
        }

        return DayValue(reference.AddDays(offset), relative: true, word == "tonight" ? "NI" : part);
    }

    public static TimexValue? Weekday(Match m, TimexContext context)
    {
        var weekdayGroup = m.Groups["weekday"];
        if (!IsCapitalised(weekdayGroup) || TimeWords.Weekday(weekdayGroup.Value) is not { } weekday)
        {
            return null;
        }

        var rel = m.Groups["rel"].Success ? Lower(m.Groups["rel"]) : string.Empty;
        var anaphoric = rel.StartsWith("the ", StringComparison.Ordinal);
        DateOnly? baseDate = anaphoric ? context.AnchorFor(DateGranularity.Day) : context.Reference ?? context.Anchor?.Date;
        if (baseDate is not { } origin)
        {
            return null;
        }

        var date = Shift(m.Groups["rel"]) switch
        {
            < 0 => TimexCalendar.WeekdayNear(origin.AddDays(-1), weekday, TenseDirection.Past),
            > 0 => TimexCalendar.WeekdayNear(origin.AddDays(1), weekday, TenseDirection.Future),
            0 => TimexCalendar.WeekdayInWeek(origin, weekday),
            null => TimexCalendar.WeekdayNear(origin, weekday, context.Tense),
        };
        var part = TimeWords.PartOfDay(m.Groups["part"].Success ? m.Groups["part"].Value : null);
        return DayValue(date, relative: true, part);
    }

    /// <summary>"the weekend" after a preposition: the Saturday–Sunday nearest the reference, forward for
    /// "by/until/before the weekend", else as the tense says ("over the weekend" in a past-tense report is the last one).</summary>
    public static TimexValue? BareWeekend(Match m, TimexContext context)
    {
        if ((context.Reference ?? context.Anchor?.Date) is not { } origin)
        {
            return null;
        }

        var tense = Lower(m.Groups["prep"]) is "by" or "until" or "till" or "before" ? TenseDirection.Future : context.Tense;
        var saturday = TimexCalendar.WeekdayNear(origin, DayOfWeek.Saturday, tense);
        return Value(TimexCalendar.Week(saturday) + "-WE", DateGranularity.Week, relative: true);
    }

    public static TimexValue? MonthAlone(Match m, TimexContext context)
    {
        var monthGroup = m.Groups["month"];
        var month = TimeWords.Month(monthGroup.Value);
        if (month == 0 || !IsCapitalised(monthGroup))
        {
            return null;
        }

        if (context.Reference is not { } reference)
        {
            return context.AnchorYear is { } year ? Value(TimexCalendar.Month(year, month), DateGranularity.Month, relative: true) : null;
        }

        var resolved = Shift(m.Groups["rel"]) switch
        {
            < 0 => month < reference.Month ? reference.Year : reference.Year - 1,
            > 0 => month > reference.Month ? reference.Year : reference.Year + 1,
            0 => reference.Year,
            null => TimexCalendar.YearOfMonth(reference, month, context.Tense),
        };
        return Value(TimexCalendar.Month(resolved, month), DateGranularity.Month, relative: true);
    }

    public static TimexValue? Season(Match m, TimexContext context)
    {
        var season = TimeWords.Season(m.Groups["season"].Value);
        if (m.Groups["year"].Success)
        {
            return Value(m.Groups["year"].Value + "-" + season, DateGranularity.Season, relative: false);
        }

        if (context.Reference is not { } reference)
        {
            return context.AnchorYear is { } year ? Value(TimexCalendar.Year(year) + "-" + season, DateGranularity.Season, relative: true) : null;
        }

        var resolved = TimexCalendar.YearOfSeason(reference, season, context.Tense, Shift(m.Groups["rel"]));
        return Value(TimexCalendar.Year(resolved) + "-" + season, DateGranularity.Season, relative: true);
    }

    /// <summary>"last month", "this week", "next year", "earlier this month", "the past week", "this fiscal year".</summary>
    public static TimexValue? RelativeUnit(Match m, TimexContext context)
    {
        if (context.Reference is not { } reference || Shift(m.Groups["rel"]) is not { } shift)
        {
            return null;
        }

        var unit = Lower(m.Groups["unit"]);
        var value = UnitValue(unit, reference, shift);
        return value is not null && shift < 0 && unit == "week" ? value with { ReachesTo = reference } : value;
    }

    /// <summary>The calendar unit containing <paramref name="origin"/>, moved by <paramref name="shift"/> units.</summary>
    public static TimexValue? UnitValue(string unit, DateOnly origin, int shift) => unit switch
    {
        "week" => Value(TimexCalendar.Week(origin.AddDays(7 * shift)), DateGranularity.Week, relative: true),
        "weekend" => Value(TimexCalendar.Week(origin.AddDays(7 * shift)) + "-WE", DateGranularity.Week, relative: true),
        "month" => Value(TimexCalendar.Month(origin.AddMonths(shift).Year, origin.AddMonths(shift).Month), DateGranularity.Month, relative: true),
        "quarter" => Value(TimexCalendar.Quarter(origin.AddMonths(3 * shift)), DateGranularity.Quarter, relative: true),
        "year" => Value(TimexCalendar.Year(origin.Year + shift), DateGranularity.Year, relative: true),
        "decade" => Value(TimexCalendar.Decade(origin.Year + (10 * shift)), DateGranularity.Decade, relative: true),
        "century" => Value(TimexCalendar.Century(origin.Year + (100 * shift)), DateGranularity.Century, relative: true),
        _ => null,
    };
}
