using System.Text.RegularExpressions;

namespace CrossCheck.Analysis.Time;

/// <summary>Patterns of business and calendar periods: quarters and halves ("the third quarter",
/// "fourth-quarter", "Q3 2013", "the first half of 1998"), fiscal years ("fiscal 1999"), "year-end", the reported
/// quarter ("the quarter", "the latest quarter"), the period a year before it ("the year-ago quarter", "the same
/// period last year") and the current week ("for the week").</summary>
internal static partial class TimexPatterns
{
    private const string PeriodYear = @"(?:(?<year>(?:19|20)\d\d)(?!\d)|['’](?<yy>\d\d)\b)";
    private const string OfYear = @"(?:,?\s+(?:of\s+)?(?:(?<fiscal>fiscal|financial)\s+(?:year\s+)?)?" + PeriodYear
        + @"|\s+of\s+(?:the\s+)?(?<fiscal>fiscal\s+|financial\s+)?(?:(?<yrel>last|next|this|current|previous|prior|same|following)\s+)?year\b)?";

    /// <summary>"the third quarter", "fourth-quarter", "the first half of 1998", "the second quarter of fiscal 1997",
    /// "the final quarter of last year". A half or quarter of a game or a century is not a calendar period.</summary>
    [GeneratedRegex(@"(?:(?<=(?:\b(?<lead>the)\s+)?\b(?<fiscal>fiscal|financial)[\s-]+)|(?<=\b(?<lead>the)\s+(?:calendar\s+)?))?\b(?<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+(?:(?<fiscal>fiscal|financial)[\s-]+)?(?<unit>quarter|half)\b" + OfYear
        + @"(?!\s+of\s+(?!(?:the\s+)?(?:fiscal\s+|financial\s+|calendar\s+)?(?:year|\d)))(?!\s+(?:century|mile|point|inning)\b)", Options)]
    internal static partial Regex OrdinalPeriod();

    /// <summary>"Q3", "Q3 2013", "3Q98", "H1 2012".</summary>
    [GeneratedRegex(@"\b(?-i:(?:(?<unit>Q)(?<n>[1-4])|(?<n>[1-4])(?<unit>Q)|(?<unit>H)(?<n>[12])))(?:[\s-]*(?<year>(?:19|20)\d\d)|(?<yy>\d\d))?\b", Options)]
    internal static partial Regex PeriodCode();

    /// <summary>"fiscal 1999", "fiscal year 1999", "fiscal '99", "the 1999 fiscal year", "FY1999".</summary>
    [GeneratedRegex(@"\b(?:(?:fiscal|financial)\s+(?:year\s+)?(?:(?<year>(?:19|20)\d\d)(?![\d%-])|['’](?<yy>\d\d)\b)|(?<year>(?:19|20)\d\d)\s+(?:fiscal|financial)\s+year\b|(?-i:FY)\s?(?:(?<year>(?:19|20)\d\d)|(?<yy>\d\d))\b)", Options)]
    internal static partial Regex FiscalYear();

    /// <summary>"year-end", "year end", "yearend", "midyear", "mid-year": a part of the current year.</summary>
    [GeneratedRegex(@"\b(?:(?<end>year[\s-]?end)|(?<mid>mid[\s-]?year))\b(?![\s-]+(?:ago|earlier))", Options)]
    internal static partial Regex YearPart();

    /// <summary>"the quarter", "the latest quarter", "the most recent quarter", "the fiscal quarter": the quarter
    /// being reported.</summary>
    [GeneratedRegex(@"\bquarter\b(?<=\b(?<lead>the\s+(?:(?:latest|most\s+recent|recent|just[\s-]ended|just[\s-]completed|fiscal|reporting)\s+)?)quarter)(?!\s+(?:of|century|mile|hour|point|percent|per)\b)(?![\s-]+(?:point|percent|mile|hour))", Options)]
    internal static partial Regex ReportedQuarter();

    /// <summary>"the year-ago quarter", "the year-earlier period", "the prior-year quarter", "the same period last
    /// year", "the same quarter a year ago", "the comparable period a year earlier".</summary>
    [GeneratedRegex(@"\b(?:the\s+)?(?:(?:year[\s-]ago|year[\s-]earlier|year[\s-]before|prior[\s-]year|previous[\s-]year|last[\s-]year['’]s)\s+(?:(?:fiscal|comparable|same)\s+)?(?<unit>quarter|period|half|month|week)|(?:same|comparable|corresponding)\s+(?:(?:fiscal)\s+)?(?<unit>quarter|period|half|month|week)(?:\s+(?:of|in)\s+)?\s*(?:(?:the\s+)?(?:previous|prior|preceding)\s+year|last\s+year|a\s+year\s+(?:ago|earlier|before))(?:['’]s)?)\b", Options)]
    internal static partial Regex YearAgoPeriod();

    /// <summary>"for the week", "during the year": the week of the report, the year being talked about.</summary>
    [GeneratedRegex(@"(?<=\b(?:for|during|over|in|within|earlier\s+in|later\s+in)\s+)the\s+(?<unit>week|year)\b(?!\s*(?:of|before|after|ahead|ended|ending|to|that|when|beginning|starting|since)\b)(?!['’]s)(?![\s-]+(?:long|old)\b)", Options)]
    internal static partial Regex TheUnit();
}
