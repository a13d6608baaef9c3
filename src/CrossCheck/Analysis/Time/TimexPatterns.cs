using System.Text.RegularExpressions;

namespace CrossCheck.Analysis.Time;

/// <summary>The recognition patterns, compiled at build time. Names of months and weekdays are matched
/// case-insensitively here; the rules reject the lower-case ones that are ordinary words ("may", "march").</summary>
internal static partial class TimexPatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string MonthAny = @"(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?";
    private const string MonthFull = @"(?:(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\b|(?<month>Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)\.)";
    private const string WeekdayFull = @"(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b";
    private const string WeekdayPrefix = @"(?:\b(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b\.?,?\s+(?:the\s+)?)?";
    private const string Day = @"\b(?<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)\b";
    private const string Year = @"(?<year>(?:1[0-9]|20)\d\d)(?![\d%])";
    private const string Modifier = @"(?<mod>early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|end\s+of|beginning\s+of|start\s+of|middle\s+of|earlier|later)";
    private const string Rel = @"(?<rel>last|next|this|coming|past|previous)";
    private const string Cue = @"(?<=\b(?:in|since|by|until|till|through|from|during|before|after|between|and|or|to|of|around|throughout|for|on|each|every)\s+)";
    private const string SeasonCue = @"(?<=\b(?:in|during|since|by|until|till|through|throughout|from|before|after|each|every|that|of)\s+)";
    private const string Number = @"(?<n>\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+hundred|one\s+hundred|hundred|a\s+couple\s+of|couple\s+of|a\s+dozen|dozen|a\s+few|few|several|some|many|recent|an|a)";
    private const string Unit = @"(?<unit>second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ies))";
    private const string Zone = @"(?-i:(?<zone>UTC|GMT|BST|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|JST|AEST|AEDT|IST|WET|WEST))";

    [GeneratedRegex(@"\b(?<year>\d{4})-(?<m>[01]\d)-(?<d>[0-3]\d)(?:[T\s](?<h>[01]\d|2[0-3]):(?<min>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?<offset>Z|[+-]\d\d:?\d\d)?)?(?![\d-])", Options)]
    internal static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![\d./-])(?<a>\d{1,2})(?<sep>[/.])(?<b>\d{1,2})\k<sep>(?<year>\d{4})(?![\d./]\d|\d)", Options)]
    internal static partial Regex NumericDate();

    [GeneratedRegex(WeekdayPrefix + @"\b" + MonthAny + @"\s+(?:the\s+)?" + Day + @"(?:,?\s+" + Year + ")?", Options)]
    internal static partial Regex MonthDay();

    [GeneratedRegex(WeekdayPrefix + Day + @"\s+(?:of\s+)?" + MonthAny + @"(?:,?\s+" + Year + ")?", Options)]
    internal static partial Regex DayMonth();

    [GeneratedRegex(@"(?:\b" + Modifier + @"[\s-]+)?\b" + MonthAny + @",?\s+(?:of\s+)?" + Year, Options)]
    internal static partial Regex MonthYear();

    [GeneratedRegex(@"(?:\b" + Modifier + @"[\s-]+(?:" + Rel + @"\s+)?|\b" + Rel + @"\s+|" + Cue + ")" + MonthFull + @"(?!\s*\d)", Options)]
    internal static partial Regex MonthAlone();

    [GeneratedRegex(@"(?:\b" + Modifier + @"[\s-]+(?:" + Rel + @"\s+)?(?:the\s+)?|\b" + Rel + @"\s+|" + SeasonCue + @"(?:the\s+)?|\b(?=(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?\d{4}))(?<season>spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?" + Year + ")?", Options)]
    internal static partial Regex Season();

    [GeneratedRegex(@"(?<![\w$€£¥#.,:/'’-]|\d\s)(?<!\b(?:than|about|around|nearly|almost|approximately|roughly|some|over|under|least|just|only|exactly|total|No\.?)\s)(?<year>1[5-9]\d\d|20\d\d)(?![\d%]|[.,:]\d|\s*(?:per\s*cent|percent)|\s+(?:people|persons|men|women|children|troops|soldiers|police|officers|residents|families|homes|houses|buildings|cases|deaths|votes|km|kilometres|kilometers|miles|metres|meters|feet|tons|tonnes|euros|dollars|pounds|members|units|jobs|workers|employees|students|refugees|migrants|protesters|times|points|rounds|shells|rockets|missiles)\b)", Options)]
    internal static partial Regex YearAlone();

    [GeneratedRegex(@"(?<=\b(?<first>(?:1[5-9]|20)\d\d)\s*[-–—/]\s*)(?<tail>(?:1[5-9]|20)?\d\d)(?![\d%]|[.,:]\d)", Options)]
    internal static partial Regex YearRangeTail();

    [GeneratedRegex(@"(?<![\w'’])['’](?<yy>\d\d)\b(?!\s*%|['’]?s\b)", Options)]
    internal static partial Regex TwoDigitYear();

    [GeneratedRegex(@"\b(?:the\s+)?(?:(?<mod>early|mid|late)[\s-]+)?(?:(?<decade>(?:1[5-9]|20)\d0)['’]?s|['’](?<short>\d)0['’]?s|(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b", Options)]
    internal static partial Regex Decade();

    [GeneratedRegex(@"\b(?:the\s+)?(?:(?<mod>early|mid|late)[\s-]+)?(?<ord>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[\s-]first|twenty[\s-]second)[\s-]+century\b", Options)]
    internal static partial Regex Century();

    [GeneratedRegex(@"\b(?:(?<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow)(?:\s+(?<part>morning|afternoon|evening|night))?|(?<which>this|last)\s+(?<part>morning|afternoon|evening|night))\b", Options)]
    internal static partial Regex DeicticDay();

    [GeneratedRegex(@"\b(?:(?<rel>last|next|this|coming|past|previous|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+)?" + WeekdayFull + @"(?:\s+(?<part>morning|afternoon|evening|night))?", Options)]
    internal static partial Regex Weekday();

    [GeneratedRegex(@"(?:\b" + Modifier + @"[\s-]+)?\b(?<rel>the\s+past|the\s+last|the\s+previous|the\s+current|the\s+coming|this\s+past|last|next|this|coming|past|previous|current)\s+(?:fiscal\s+|calendar\s+|financial\s+|academic\s+|school\s+)?(?<unit>week|weekend|month|year|quarter|decade|century)\b(?!\s+(?:of|in)\b)", Options)]
    internal static partial Regex RelativeUnit();

    [GeneratedRegex(@"\b" + Modifier + @"[\s-]+(?:the\s+)?(?<unit>year|month|week|decade)\b(?!\s+(?:of|in|to|before|after)\b)", Options)]
    internal static partial Regex PartOfAnchor();

    [GeneratedRegex(@"\b(?:the\s+(?<dir>next|following|previous|preceding|same|prior)\s+(?<unit>day|morning|afternoon|evening|night|week|weekend|month|year)|the\s+(?<unit>day|night|week|month|year)\s+(?<dir>before|after)(?=\s*[,.;]|\s+(?:that|this)\b)|(?:later\s+|earlier\s+)?(?<dir>that|the\s+same)\s+(?<unit>day|morning|afternoon|evening|night|week|weekend|month|year))\b", Options)]
    internal static partial Regex Anaphoric();

    [GeneratedRegex(@"(?:\b(?:about|around|nearly|almost|some|just|more\s+than|over|barely|only)\s+)?\b" + Number + @"[\s-]+" + Unit + @"s?\s+(?<dir>ago|earlier|later|from\s+now|hence|previously|on)\b(?!\s+than\b)", Options)]
    internal static partial Regex AgoLater();

    [GeneratedRegex(@"\b(?:the\s+(?:past|last|next|previous|coming|following|first|final)\s+|(?:almost|nearly|about|around|roughly|some|more\s+than|less\s+than|over|under|at\s+least|up\s+to|a\s+mere|just|only|another)\s+)*" + Number + @"[\s-]+" + Unit + @"(?:s\b|\b)['’]?", Options)]
    internal static partial Regex Duration();

    [GeneratedRegex(@"\b(?<h>[01]?\d|2[0-3])(?:[:.](?<min>[0-5]\d))?\s*(?<ampm>[ap])\.?\s?m\b\.?(?:\s+" + Zone + @"\b)?", Options)]
    internal static partial Regex ClockAmPm();

    [GeneratedRegex(@"(?:(?<=\b(?:at|from|until|till|by|before|after|around|about|since|to|and)\s+)|\b(?=\d{1,2}[:.h]\d\d\s*(?:hrs\b|hours\b|" + Zone + @")))(?<h>[01]?\d|2[0-3])[:.h](?<min>[0-5]\d)(?![\d]|[:.]\d)(?:\s*(?:hrs|hours)\b)?(?:\s*" + Zone + @"\b)?", Options)]
    internal static partial Regex Clock24();

    [GeneratedRegex(@"\b(?<named>noon|midday|midnight)\b(?:\s+" + Zone + @"\b)?", Options)]
    internal static partial Regex NamedTime();

    [GeneratedRegex(@"\b(?:(?<present>right\s+now|now|currently|at\s+present|presently|nowadays|these\s+days|at\s+the\s+moment)|(?<past>the\s+past|at\s+the\s+time|previously|formerly|recently)|(?<future>the\s+future))\b", Options)]
    internal static partial Regex Reference();

    [GeneratedRegex(@"\b(?:(?:every|each)\s+(?<unit>day|morning|afternoon|evening|night|week|weekend|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?<adverb>annually|yearly|daily|nightly|weekly|monthly|hourly))\b", Options)]
    internal static partial Regex Set();

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
