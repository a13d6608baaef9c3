using System.Text.RegularExpressions;

namespace CrossCheck.Analysis.Time;

/// <summary>The recognition patterns, compiled at build time. Month and weekday names must be capitalised
/// ("may" and "march" are ordinary words). Every pattern starts with a selective token (a name, a digit, a unit);
/// optional leading words ("late", "last", "the next") sit in look-behinds whose captures the recogniser adds to
/// the span: a leading optional group would make the engine try the pattern at almost every position.</summary>
internal static partial class TimexPatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string MonthNames = "January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER";
    private const string MonthAbbreviations = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC";
    private const string MonthAny = @"\b(?-i:(?<month>" + MonthNames + "|" + MonthAbbreviations + @"))\b\.?";
    private const string MonthFull = @"\b(?-i:(?<month>" + MonthNames + @")\b|(?<month>Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)\.)";
    private const string WeekdayNames = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private const string WeekdayFull = @"\b(?-i:(?<weekday>" + WeekdayNames + @"))\b";
    private const string WeekdayBefore = @"(?:(?<=\b(?-i:(?<weekday>" + WeekdayNames + @"|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun))\b\.?,?\s+(?:the\s+)?))?";
    private const string WeekdayBeforeWord = @"\b(?-i:(?<weekday>" + WeekdayNames + @"|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun))\b\.?,?\s+[A-Za-z]+\.?";
    private const string Day = @"\b(?<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)\b";
    private const string Year = @"(?<year>(?:1[0-9]|20)\d\d)(?![\d%])";
    private const string ModifierWords = @"early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|end\s+of|beginning\s+of|start\s+of|middle\s+of|earlier|later";
    private const string Modifier = @"\b(?<mod>" + ModifierWords + ")";
    private const string Rel = @"\b(?<rel>last|next|this|coming|past|previous)";
    private const string SeasonCue = @"\b(?:in|during|since|by|until|till|through|throughout|from|before|after|each|every|that|of)\s+";
    private const string Number = @"\b(?<n>\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+hundred|one\s+hundred|hundred|a\s+couple\s+of|couple\s+of|a\s+dozen|dozen|a\s+few|few|several|some|many|recent|an|a)";
    private const string Unit = @"\b(?<unit>second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ies))";
    private const string Zone = @"(?-i:(?<zone>UTC|GMT|BST|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|JST|AEST|AEDT|IST|WET|WEST))";
    private const string PartOfDay = @"(?:\s+(?<part>morning|afternoon|evening|night))?";

    [GeneratedRegex(@"\b(?<year>\d{4})-(?<m>[01]\d)-(?<d>[0-3]\d)(?:[T\s](?<h>[01]\d|2[0-3]):(?<min>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?<offset>Z|[+-]\d\d:?\d\d)?)?(?![\d-])", Options)]
    internal static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![\d./-])(?<a>\d{1,2})(?:(?<sep>/)(?<b>\d{1,2})/|(?<sep>\.)(?<b>\d{1,2})\.)(?<year>\d{4})(?![\d./]\d|\d)", Options)]
    internal static partial Regex NumericDate();

    [GeneratedRegex(MonthAny + @"(?:(?<=" + WeekdayBeforeWord + @"))?\s+(?:the\s+)?" + Day + @"(?:,?\s+" + Year + ")?", Options)]
    internal static partial Regex MonthDay();

    [GeneratedRegex(WeekdayBefore + Day + @"\s+(?:of\s+)?" + MonthAny + @"(?:,?\s+" + Year + ")?", Options)]
    internal static partial Regex DayMonth();

    [GeneratedRegex(MonthAny + @",?\s+(?:of\s+)?" + Year, Options)]
    internal static partial Regex MonthYear();

    [GeneratedRegex(MonthFull + @"(?<=(?:" + Modifier + @"[\s-]+(?:" + Rel + @"\s+)?|" + Rel + @"\s+|\b(?:in|since|by|until|till|through|from|during|before|after|between|and|or|to|of|around|throughout|for|on|each|every)\s+)[A-Za-z]+\.?)(?!\s*\d)(?!\s+(?-i:[A-Z][a-z]))", Options)]
    internal static partial Regex MonthAlone();

    [GeneratedRegex(@"\b(?<season>spring|summer|autumn|fall|winter)\b(?:(?<=(?:" + Modifier + @"[\s-]+(?:" + Rel + @"\s+)?(?:the\s+)?|" + Rel + @"\s+|" + SeasonCue + @"(?:the\s+)?)[a-z]+)|(?=\s+(?:of\s+)?\d{4}))(?:\s+(?:of\s+)?" + Year + ")?", Options)]
    internal static partial Regex Season();

    [GeneratedRegex(@"(?<![\w$€£¥#.,:/'’]|(?<!\bmid)-|\d\s)(?<!\b(?:than|about|around|nearly|almost|approximately|roughly|some|over|under|least|just|only|exactly|total|No\.?)\s)(?<year>1[5-9]\d\d|20\d\d)(?![\d%]|[.,:]\d|\s*(?:per\s*cent|percent)|\s+(?:people|persons|men|women|children|troops|soldiers|police|officers|residents|families|homes|houses|buildings|cases|deaths|votes|km|kilometres|kilometers|miles|metres|meters|feet|tons|tonnes|euros|dollars|pounds|members|units|jobs|workers|employees|students|refugees|migrants|protesters|times|points|rounds|shells|rockets|missiles)\b)", Options)]
    internal static partial Regex YearAlone();

    [GeneratedRegex(@"(?<=\b(?<ctxFirst>(?:1[5-9]|20)\d\d)\s*[-–—/]\s*)(?<tail>(?:1[5-9]|20)?\d\d)(?![\d%]|[.,:]\d)", Options)]
    internal static partial Regex YearRangeTail();

    [GeneratedRegex(@"(?<![\w'’])['’](?<yy>\d\d)\b(?!\s*%|['’]?s\b)", Options)]
    internal static partial Regex TwoDigitYear();

    [GeneratedRegex(@"(?:\b(?<decade>(?:1[5-9]|20)\d0)['’]?s|['’](?<short>\d)0['’]?s|\b(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b", Options)]
    internal static partial Regex Decade();

    [GeneratedRegex(@"\bcentury\b(?<=\b(?<ord>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[\s-]first|twenty[\s-]second)[\s-]+century)", Options)]
    internal static partial Regex Century();

    [GeneratedRegex(@"\b(?<word>today|tonight|yesterday|tomorrow)\b(?:(?<=\b(?<prefix>the\s+day\s+(?:before|after))\s+[a-z]+))?" + PartOfDay + @"|\b(?<part>morning|afternoon|evening|night)\b(?<=\b(?<which>this|last)\s+[a-z]+)", Options)]
    internal static partial Regex DeicticDay();

    /// <summary>"over the weekend", "by the weekend", "at the weekend": the weekend nearest the reference.</summary>
    [GeneratedRegex(@"(?<=\b(?<prep>by|over|at|during|until|till|before|after|on|through|across|for)\s+)the\s+weekend\b(?!\s+(?:of|before|after)\b)", Options)]
    internal static partial Regex BareWeekend();

    [GeneratedRegex(@"(?:(?<=\b(?<rel>last|next|this|coming|past|previous|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+))?" + WeekdayFull + PartOfDay, Options)]
    internal static partial Regex Weekday();

    [GeneratedRegex(@"\b(?<unit>week|weekend|month|year|quarter|decade|century)\b(?<=(?:" + Modifier + @"[\s-]+)?\b(?<rel>the\s+past|the\s+last|the\s+previous|the\s+current|the\s+coming|this\s+past|last|next|this|coming|past|previous|current)\s+(?:fiscal\s+|calendar\s+|financial\s+|academic\s+|school\s+)?[a-z]+)(?!\s+(?:of|in)\b)", Options)]
    internal static partial Regex RelativeUnit();

    [GeneratedRegex(@"\b(?<unit>year|month|week|decade)\b(?<=" + Modifier + @"[\s-]+(?:the\s+)?[a-z]+)(?!\s+(?:of|in|to|before|after)\b)", Options)]
    internal static partial Regex PartOfAnchor();

    [GeneratedRegex(@"\b(?<unit>day|week|month|year|decade|century)\b(?<=\b(?:over|for|during|within|throughout)\s+(?<lead>the\s+(?:next|past|last|coming|previous|following))\s+[a-z]+)", Options)]
    internal static partial Regex SpanOfOneUnit();

    [GeneratedRegex(@"\b(?<unit>day|morning|afternoon|evening|night|week|weekend|month|year)\b(?:(?<=\b(?<the>the)\s+(?<dir>next|following|previous|preceding|same|prior)\s+[a-z]+)|(?<=\b(?:(?<later>later|earlier)\s+)?(?<dir>that|the\s+same)\s+[a-z]+)|(?<=\b(?<the>the)\s+[a-z]+)\s+(?<dir>before|after)(?=\s*[,.;]|\s+(?:that|this)\b))", Options)]
    internal static partial Regex Anaphoric();

    // "ten years on" is ten years later, but "jailed for eight years on Monday" is a duration followed by a date.
    // An approximate count is the same point in time, stated loosely ("around six weeks ago"): the hedge belongs to
    // the date, not to a span of "about six weeks" followed by a stray "ago".
    [GeneratedRegex(Unit + @"(?<=(?<!\bfor\s+)(?:(?<lead>about|around|roughly|approximately|nearly|almost|some|just|only|more\s+than|less\s+than|over|under)\s+)?" + Number + @"[\s-]+[a-z]+)s?\s+(?<dir>ago|earlier|later|from\s+now|hence|previously|on(?!\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may\b|jun|jul|aug|sep|oct|nov|dec|the\s+\d|\d)))\b(?!\s+than\b)", Options)]
    internal static partial Regex AgoLater();

    [GeneratedRegex(Unit + @"(?:s\b|\b)(?<=(?<lead>\bthe\s+(?:past|last|next|previous|coming|following|first|final)\s+|\b(?:almost|nearly|about|around|roughly|some|more\s+than|less\s+than|over|under|at\s+least|up\s+to|a\s+mere|just|only|another)\s+)*" + Number + @"[\s-]+[a-z]+)['’]?", Options)]
    internal static partial Regex Duration();

    [GeneratedRegex(@"\b(?<h>[01]?\d|2[0-3])(?:[:.](?<min>[0-5]\d))?\s*(?<ampm>[ap])\.?\s?m\b\.?(?:\s+" + Zone + @"\b)?", Options)]
    internal static partial Regex ClockAmPm();

    [GeneratedRegex(@"(?:(?<=\b(?:at|from|until|till|by|before|after|around|about|since|to|and)\s+)|\b(?=\d{1,2}[:.h]\d\d\s*(?:hrs\b|hours\b|" + Zone + @")))(?<h>[01]?\d|2[0-3])[:.h](?<min>[0-5]\d)(?![\d]|[:.]\d|\s*(?:%|per\s?cent\b|percentage\b|points?\b))(?:\s*(?:hrs|hours)\b)?(?:\s*" + Zone + @"\b)?", Options)]
    internal static partial Regex Clock24();

    /// <summary>A four-digit clock time with its zone, as wires write it ("0737 GMT", "1400 UTC").</summary>
    [GeneratedRegex(@"\b(?<h>[01]\d|2[0-3])(?<min>[0-5]\d)\s*(?:hrs\s+)?" + Zone + @"\b", Options)]
    internal static partial Regex ClockZoned();

    [GeneratedRegex(@"\b(?<named>noon|midday|midnight)\b(?:\s+" + Zone + @"\b)?", Options)]
    internal static partial Regex NamedTime();

    [GeneratedRegex(@"\b(?:(?<present>now|currently|presently|nowadays)\b(?:(?<=\b(?<lead>right)\s+now))?|(?<present>present)\b(?<=\b(?<lead>at)\s+present)|(?<present>days)\b(?<=\b(?<lead>these)\s+days)|(?<present>moment)\b(?<=\b(?<lead>at\s+the)\s+moment)|(?<past>past)\b(?<=\b(?<lead>the)\s+past)(?!\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|week|month|year|decade))|(?<past>time)\b(?<=\b(?<lead>at\s+the)\s+time)|(?<past>previously|formerly|recently)\b|(?<future>future)\b(?<=\b(?<lead>the)\s+future))", Options)]
    internal static partial Regex Reference();

    [GeneratedRegex(@"\b(?:(?<every>every|each)\s+(?<unit>day|morning|afternoon|evening|night|week|weekend|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?<adverb>annually|yearly|daily|nightly|weekly|monthly|hourly))\b", Options)]
    internal static partial Regex Set();

    /// <summary>A modifier right before an expression ("early 2011", "mid-2012", "the end of the 1990s").</summary>
    [GeneratedRegex(@"\b(?<mod>" + ModifierWords + @")[\s-]+$", Options | RegexOptions.RightToLeft)]
    internal static partial Regex ModifierBefore();

    /// <summary>Bare plural units ("years", "recent weeks"): vague durations, only normalised when given alone.</summary>
    [GeneratedRegex(@"^(?:(?:the\s+)?(?:recent|past|last|coming|next|several|many|few|a\s+few)\s+)?(?<unit>seconds|minutes|hours|days|nights|weeks|months|years|decades|centuries)$", Options)]
    internal static partial Regex BareUnits();

    /// <summary>A clock-style duration ("3:07:35").</summary>
    [GeneratedRegex(@"^(?<h>\d{1,2}):(?<min>[0-5]\d):(?<s>[0-5]\d)$", Options)]
    internal static partial Regex ClockDuration();

    /// <summary>The second half of a range whose first number had no unit: " and 18 months", "-18 months".</summary>
    [GeneratedRegex(@"\G\s*(?:and|to|or|-|–)\s*\d+(?:\.\d+)?\s+(?<unit>seconds|minutes|hours|days|weeks|months|years|decades)\b", Options)]
    internal static partial Regex RangeTail();
}
