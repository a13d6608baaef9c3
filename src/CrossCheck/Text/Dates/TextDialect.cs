using System.Text.RegularExpressions;

namespace CrossCheck.Text.Dates;

/// <summary>The text dialect of the date-string parser: finds dates written in running text: "November 19, 2019", "19 Nov. 2019 10:15 GMT",
/// "2019-11-19". Numeric forms must stand alone, so phone numbers and codes such as "2019-555-0134"
/// or "1-2019-11-19-7" are not read as dates.</summary>
internal static partial class TextDialect
{
    /// <summary>Every date found in <paramref name="text"/>, in order of appearance: English forms, then the forms of
    /// other page languages ("3. Juli 2018", "1er juin 2020", "6 de junio de 2020", "Domenica 06 Dicembre 2020") and
    /// day-first dotted dates ("16.12.2012"), which are not English.</summary>
    public static IEnumerable<(int Index, PublicationDate Date)> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<(int Index, PublicationDate Date)>();
        foreach (var pattern in (ReadOnlySpan<Regex>)[DatePattern(), OtherLanguagePattern.Value, DottedPattern()])
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (ToDate(match) is { } date && !found.Exists(f => f.Index == match.Index))
                {
                    found.Add((match.Index, date));
                }
            }
        }

        return found.OrderBy(f => f.Index);
    }

    /// <summary>Day and month name and year in the other page languages, or month name, day and year; built from
    /// <see cref="TimeWords.PageMonthNames"/>, the one list of those names.</summary>
    private static readonly Lazy<Regex> OtherLanguagePattern = new(() =>
    {
        var names = string.Join('|', TimeWords.PageMonthNames.Select(Regex.Escape));
        var month = $@"(?<fname>{names})\.?";
        return new Regex(
            $@"\b(?:(?<day>\d{{1,2}})(?:\.|er|º|°)?\s+(?:de\s+)?{month},?\s+(?:de\s+|del\s+)?(?<year>(?:19|20)\d{{2}})\b"
            + $@"|{month}\s+(?<day>\d{{1,2}})(?:\.|st|nd|rd|th)?,?\s+(?<year>(?:19|20)\d{{2}})\b)" + Clock,
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    });

    private static PublicationDate? ToDate(Match match)
    {
        var month = match.Groups["mname"].Success ? DateParts.Month(match.Groups["mname"].Value)
            : match.Groups["fname"].Success ? TimeWords.PageMonth(match.Groups["fname"].Value)
            : Int(match.Groups["mnum"].Value);
        var year = Int(match.Groups["year"].Value);
        var day = Int(match.Groups["day"].Value);
        TimeOnly? time = null;
        if (match.Groups["hour"].Success)
        {
            var hour = Int(match.Groups["hour"].Value);
            var minute = Int(match.Groups["minute"].Value);
            if (match.Groups["ampm"].Success)
            {
                hour = DateParts.TwentyFourHour(hour, pm: char.ToLowerInvariant(match.Groups["ampm"].Value[0]) == 'p');
            }

            if (hour < 24 && minute < 60)
            {
                time = new TimeOnly(hour, minute);
            }
        }

        var offset = match.Groups["zone"].Success ? PageDialect.ParseOffset(match.Groups["zone"].Value) : null;
        return DateParts.Create(year, month, day, time, offset);
    }

    private static int Int(string digits) => DecimalDigits.Parse(digits);

    private const string Month = @"(?<mname>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";
    private const string Clock = @"(?:(?:T|\s*(?:,|at|-|–|\||•|·)?\s*)(?<hour>\d{1,2})[:.](?<minute>\d{2})(?!\d)\s*(?<ampm>[ap]\.?\s?m\b\.?)?\s*(?:(?<zone>UTC|GMT|[ECMP][SD]?T|BST|CES?T|EES?T|[+-]\d{2}:?\d{2})\b)?)?";

    [GeneratedRegex(
        @"\b(?:" + Month + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)\d{2})\b"
        + @"|(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @",?\s+(?<year>(?:19|20)\d{2})\b"
        + @"|(?<![\d-])(?<year>(?:19|20)\d{2})-(?<mnum>\d{2})-(?<day>\d{2})(?![\d-]))" + Clock,
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?<![\d.])(?<day>\d{1,2})\.\s?(?<mnum>\d{1,2})\.\s?(?<year>(?:19|20)\d{2})(?![\d.]\d)" + Clock, RegexOptions.CultureInvariant)]
    private static partial Regex DottedPattern();
}
