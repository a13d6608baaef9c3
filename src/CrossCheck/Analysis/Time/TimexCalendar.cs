using System.Globalization;

namespace CrossCheck.Analysis.Time;

/// <summary>Calendar arithmetic and TIMEX3 formatting shared by the rules.</summary>
internal static class TimexCalendar
{
    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => Year(year) + "-" + month.ToString("D2", CultureInfo.InvariantCulture);

    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    public static string Week(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return Year(ISOWeek.GetYear(day)) + "-W" + ISOWeek.GetWeekOfYear(day).ToString("D2", CultureInfo.InvariantCulture);
    }

    public static string Quarter(DateOnly date) => Year(date.Year) + "-Q" + (((date.Month - 1) / 3) + 1).ToString(CultureInfo.InvariantCulture);

    public static string Decade(int year) => (year / 10).ToString("D3", CultureInfo.InvariantCulture);

    public static string Century(int year) => (year / 100).ToString("D2", CultureInfo.InvariantCulture);

    public static DateOnly? SafeDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>The year of a day given without one ("November 20"): past tense takes the latest such day not
    /// after the reference, future the earliest not before, otherwise the nearest.</summary>
    public static int YearOfDay(DateOnly reference, int month, int day, TenseDirection tense)
    {
        var best = reference.Year;
        var bestDistance = int.MaxValue;
        for (var year = reference.Year - 1; year <= reference.Year + 1; year++)
        {
            if (SafeDate(year, month, Math.Min(day, DateTime.DaysInMonth(year, month))) is not { } candidate)
            {
                continue;
            }

            var distance = candidate.DayNumber - reference.DayNumber;
            if (Allowed(distance, tense) && Math.Abs(distance) < bestDistance)
            {
                best = year;
                bestDistance = Math.Abs(distance);
            }
        }

        return best;
    }

    /// <summary>The year, within one of the reference, in which the day falls on the weekday given with it
    /// ("Wednesday, November 22"); null when no weekday was given or none of those years fits.</summary>
    public static int? YearOfWeekday(DateOnly reference, int month, int day, DayOfWeek? weekday)
    {
        if (weekday is not { } named)
        {
            return null;
        }

        int? best = null;
        var bestDistance = int.MaxValue;
        for (var year = reference.Year - 1; year <= reference.Year + 1; year++)
        {
            if (SafeDate(year, month, day) is { } candidate && candidate.DayOfWeek == named
                && Math.Abs(candidate.DayNumber - reference.DayNumber) < bestDistance)
            {
                best = year;
                bestDistance = Math.Abs(candidate.DayNumber - reference.DayNumber);
            }
        }

        return best;
    }

    /// <summary>The year of a month given without one ("in March"), by the same preference as days.</summary>
    public static int YearOfMonth(DateOnly reference, int month, TenseDirection tense)
    {
        var best = reference.Year;
        var bestDistance = int.MaxValue;
        for (var year = reference.Year - 1; year <= reference.Year + 1; year++)
        {
            var distance = ((year - reference.Year) * 12) + month - reference.Month;
            if (Allowed(distance, tense) && (Math.Abs(distance) < bestDistance || (Math.Abs(distance) == bestDistance && distance < 0)))
            {
                best = year;
                bestDistance = Math.Abs(distance);
            }
        }

        return best;
    }

    /// <summary>The weekday nearest the reference in the direction of the tense (the reference day itself
    /// counts: "said on Friday" in Friday's paper is that day).</summary>
    public static DateOnly WeekdayNear(DateOnly reference, DayOfWeek weekday, TenseDirection tense)
    {
        var back = ((int)reference.DayOfWeek - (int)weekday + 7) % 7;
        var forward = ((int)weekday - (int)reference.DayOfWeek + 7) % 7;
        return tense switch
        {
            TenseDirection.Past => reference.AddDays(-back),
            TenseDirection.Future => reference.AddDays(forward),
            _ => back <= forward ? reference.AddDays(-back) : reference.AddDays(forward),
        };
    }

    /// <summary>The weekday in the same ISO week as the reference ("this Friday").</summary>
    public static DateOnly WeekdayInWeek(DateOnly reference, DayOfWeek weekday)
    {
        var monday = reference.AddDays(-(((int)reference.DayOfWeek + 6) % 7));
        return monday.AddDays(((int)weekday + 6) % 7);
    }

    /// <summary>The year of a season ("late spring", "last summer"): winter belongs to the year of its December.
    /// <paramref name="shift"/> is -1 for "last", +1 for "next", 0 for "this", null when no word says.</summary>
    public static int YearOfSeason(DateOnly reference, string season, TenseDirection tense, int? shift)
    {
        var startMonth = season switch { "SP" => 3, "SU" => 6, "FA" => 9, _ => 12 };
        var latestStart = reference.Month >= startMonth ? reference.Year : reference.Year - 1;
        var monthsSince = ((reference.Year - latestStart) * 12) + reference.Month - startMonth;
        var inside = monthsSince < 3;
        return shift switch
        {
            0 => season == "WI" && reference.Month <= 2 ? reference.Year - 1 : reference.Year,
            < 0 => inside ? latestStart - 1 : latestStart,
            > 0 => latestStart + 1,
            _ when inside || tense == TenseDirection.Past => latestStart,
            _ when tense == TenseDirection.Future => latestStart + 1,
            _ => monthsSince <= 6 ? latestStart : latestStart + 1,
        };
    }

    private static bool Allowed(int distance, TenseDirection tense) => tense switch
    {
        TenseDirection.Past => distance <= 0,
        TenseDirection.Future => distance >= 0,
        _ => true,
    };
}
