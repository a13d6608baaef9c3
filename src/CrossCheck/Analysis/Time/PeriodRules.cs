using System.Globalization;
using System.Text.RegularExpressions;
using CrossCheck.Text;
using static CrossCheck.Analysis.Time.RuleHelpers;

namespace CrossCheck.Analysis.Time;

/// <summary>Normalisers for business and calendar periods: quarters and halves (1998-Q3, 1998-H1), fiscal years
/// (FY1999), "year-end", the reported quarter, the same period a year before, and "for the week". A period
/// without a year is the latest one that has begun by the publication date, or, in a clause about the future,
/// the earliest one that has not yet ended.</summary>
internal static class PeriodRules
{
    public static TimexValue? OrdinalPeriod(Match m, TimexContext context)
    {
        var half = Lower(m.Groups["unit"]) == "half";
        var n = Lower(m.Groups["ord"]) switch
        {
            "first" or "1st" => 1,
            "second" or "2nd" => 2,
            "third" or "3rd" => 3,
            "fourth" or "4th" => 4,
            _ => half ? 2 : 4,
        };
        if (half && n > 2)
        {
            return null;
        }

        var fiscal = m.Groups["fiscal"].Success;
        int? year = ExplicitYear(m, context);
        if (year is null && m.Groups["yrel"].Success)
        {
            var rel = Lower(m.Groups["yrel"]);
            var shift = Shift(m.Groups["yrel"]) ?? 0;
            var anaphoric = rel is "same" or "following" or "previous" or "prior";
            year = (anaphoric ? context.AnchorYear : context.Reference?.Year ?? context.AnchorYear) + shift;
        }
        else if (year is null && m.Value.EndsWith("year", StringComparison.OrdinalIgnoreCase))
        {
            // "the second half of the year": the year being talked about.
            year = context.AnchorYear;
        }

        var explicitFiscal = fiscal && (m.Groups["year"].Success || m.Groups["yy"].Success);
        year ??= YearOfPeriod(context, half ? 6 : 3, n);
        return year is { } y ? Period(y, half ? "H" : "Q", n, explicitFiscal) : null;
    }

    /// <summary>"Q3 2013", "3Q98", "H1".</summary>
    public static TimexValue? PeriodCode(Match m, TimexContext context)
    {
        var half = m.Groups["unit"].Value is "H";
        var n = Int(m.Groups["n"]);
        var year = ExplicitYear(m, context) ?? YearOfPeriod(context, half ? 6 : 3, n);
        return year is { } y ? Period(y, half ? "H" : "Q", n, fiscal: false) : null;
    }

    public static TimexValue? FiscalYear(Match m, TimexContext context) =>
        ExplicitYear(m, context) is { } year
            ? Value("FY" + TimexCalendar.Year(year), DateGranularity.Year, relative: m.Groups["yy"].Success)
            : null;

    /// <summary>"year-end", "midyear": the current year, or the year just ended when a past-tense clause in the
    /// first two months speaks of it ("debt at year-end was" in February).</summary>
    public static TimexValue? YearPart(Match m, TimexContext context)
    {
        if (context.Reference is not { } reference)
        {
            return context.AnchorYear is { } y ? Value(TimexCalendar.Year(y), DateGranularity.Year, relative: true) : null;
        }

        var year = m.Groups["end"].Success && context.Tense == TenseDirection.Past && reference.Month <= 2
            ? reference.Year - 1
            : reference.Year;
        return Value(TimexCalendar.Year(year), DateGranularity.Year, relative: true);
    }

    /// <summary>"the quarter", "the latest quarter": the quarter named just before, else the quarter being reported
    /// (the last one completed; the current one in a clause about the future).</summary>
    public static TimexValue? ReportedQuarter(Match m, TimexContext context)
    {
        if (RecentPeriod(context) is { } period && period.Contains("-Q", StringComparison.Ordinal))
        {
            return Value(period, DateGranularity.Quarter, relative: true);
        }

        return context.Reference is { } reference
            ? Value(TimexCalendar.Quarter(context.Tense == TenseDirection.Future ? reference : reference.AddMonths(-3)), DateGranularity.Quarter, relative: true)
            : null;
    }

    /// <summary>"the year-ago quarter", "the same period last year": the period named just before (or the reported
    /// quarter), one year earlier.</summary>
    public static TimexValue? YearAgoPeriod(Match m, TimexContext context)
    {
        var unit = Lower(m.Groups["unit"]);
        if (unit is "period" or "quarter" or "half" && RecentPeriod(context) is { } period && YearEarlier(period) is { } earlier)
        {
            return earlier;
        }

        if (context.Reference is not { } reference)
        {
            return null;
        }

        if (unit == "month" && context.Anchor is { Granularity: DateGranularity.Month } month
            && month.Date > reference.AddMonths(-12) && month.Date <= reference.AddMonths(12))
        {
            return Value(TimexCalendar.Month(month.Date.Year - 1, month.Date.Month), DateGranularity.Month, relative: true) with { Anchors = false };
        }

        var origin = reference.AddYears(-1);
        var value = unit switch
        {
            "month" => Value(TimexCalendar.Month(origin.Year, origin.Month), DateGranularity.Month, relative: true),
            "week" => Value(TimexCalendar.Week(origin), DateGranularity.Week, relative: true),
            "half" => Value(TimexCalendar.Year(origin.AddMonths(-6).Year) + "-H" + (origin.AddMonths(-6).Month <= 6 ? "1" : "2"), DateGranularity.Quarter, relative: true),
            _ => Value(TimexCalendar.Quarter(origin.AddMonths(-3)), DateGranularity.Quarter, relative: true),
        };
        return value with { Anchors = false };
    }

    /// <summary>"for the week": the week of the report; "for the year": the year named just before (the year of
    /// the quarter being reported), else the year of the report.</summary>
    public static TimexValue? TheUnit(Match m, TimexContext context)
    {
        if (Lower(m.Groups["unit"]) == "year")
        {
            return context.AnchorFor(DateGranularity.Year) is { } origin ? Value(TimexCalendar.Year(origin.Year), DateGranularity.Year, relative: true) : null;
        }

        return context.Reference is { } reference ? Value(TimexCalendar.Week(reference), DateGranularity.Week, relative: true) : null;
    }

    /// <summary>The quarter, half or fiscal year named just before, when it began within the year before the
    /// publication date: the period being reported, not one named for comparison ("the year-ago quarter").</summary>
    public static string? RecentPeriod(TimexContext context) =>
        context.Anchor is { Period: { } period } anchor
        && (context.Reference is not { } reference || (anchor.Date > reference.AddMonths(-12) && anchor.Date <= reference.AddMonths(12)))
            ? period
            : null;

    /// <summary>A quarter, half or fiscal year value moved one year back ("1998-Q3" → "1997-Q3"); null for other values.</summary>
    public static TimexValue? YearEarlier(string period)
    {
        var fiscal = period.StartsWith("FY", StringComparison.Ordinal);
        var digits = fiscal ? period[2..] : period;
        if (digits.Length < 4 || !int.TryParse(digits.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 2)
        {
            return null;
        }

        var rest = digits[4..];
        if (!(rest.Length == 0 && fiscal) && !rest.StartsWith("-Q", StringComparison.Ordinal) && !rest.StartsWith("-H", StringComparison.Ordinal))
        {
            return null;
        }

        return Value((fiscal ? "FY" : string.Empty) + TimexCalendar.Year(year - 1) + rest, rest.Length == 0 ? DateGranularity.Year : DateGranularity.Quarter, relative: true) with { Anchors = false };
    }

    private static TimexValue Period(int year, string unit, int n, bool fiscal) =>
        Value((fiscal ? "FY" : string.Empty) + TimexCalendar.Year(year) + "-" + unit + n.ToString(CultureInfo.InvariantCulture), DateGranularity.Quarter, relative: false);

    private static int? ExplicitYear(Match m, TimexContext context)
    {
        if (m.Groups["year"].Success)
        {
            return Int(m.Groups["year"]);
        }

        if (!m.Groups["yy"].Success)
        {
            return null;
        }

        var yy = Int(m.Groups["yy"]);
        var now = context.Reference?.Year ?? context.AnchorYear ?? 2000;
        return 2000 + yy > now + 10 ? 1900 + yy : 2000 + yy;
    }

    /// <summary>The year of the <paramref name="n"/>th period of <paramref name="months"/> months: the latest that
    /// has begun by the reference date, or in a future clause the earliest that has not ended.</summary>
    private static int? YearOfPeriod(TimexContext context, int months, int n)
    {
        if (context.Reference is not { } reference)
        {
            return context.AnchorYear;
        }

        var startMonth = ((n - 1) * months) + 1;
        if (context.Tense == TenseDirection.Future)
        {
            for (var year = reference.Year - 1; year <= reference.Year + 1; year++)
            {
                if (new DateOnly(year, startMonth, 1).AddMonths(months) > reference)
                {
                    return year;
                }
            }
        }

        return new DateOnly(reference.Year, startMonth, 1) <= reference ? reference.Year : reference.Year - 1;
    }
}
