using System.Text.RegularExpressions;
using CrossCheck.Extraction;
using CrossCheck.Text.Dates;

namespace CrossCheck.Analysis.Time;

/// <summary>The kinds of date evidence an article's text carries: publication stamps, datelines,
/// photo captions and full dates within them.</summary>
internal static partial class TextDateEvidence
{
    private const int DatelineSearchLength = 300;

    /// <summary>"Published 22 Nov 2023 10:15", "Posted: November 22, 2023": the stated publication date.
    /// <paramref name="isUpdate"/> tells an "Updated" stamp, which is weaker evidence.</summary>
    public static PublicationDate? Stamp(string line, out bool isUpdate)
    {
        isUpdate = false;
        var m = StampPattern().Match(line);
        if (!m.Success)
        {
            return null;
        }

        isUpdate = m.Groups["kind"].Value.Contains("update", StringComparison.OrdinalIgnoreCase);
        var rest = m.Groups["rest"].Value.Trim();
        if (DateStringParser.Parse(rest, DateDialect.Metadata) is { } exact)
        {
            return exact;
        }

        // "Published 22 Nov 2023 | 10:15": the date must open what follows the stamp word.
        var opening = TimexResolver.Resolve(rest, [], null).FirstOrDefault();
        return opening is { Candidate.Start: 0, Value.Relative: false } && TimexResolver.AnchorOf(opening.Value) is { Granularity: DateGranularity.Day } day
            ? new PublicationDate(day.Date)
            : null;
    }

    /// <summary>A dateline at the start of one of the first lines: "SKOPJE, Nov 22 (Reuters) -",
    /// "PARIS, 22 November 2023 (AFP) –". A date without a year takes the year nearest <paramref name="yearHint"/>.</summary>
    public static PublicationDate? Dateline(string text, DateOnly? yearHint)
    {
        var head = text.Length > DatelineSearchLength * 3 ? text[..(DatelineSearchLength * 3)] : text;
        foreach (var line in head.Split('\n'))
        {
            var m = DatelinePattern().Match(line.Trim());
            if (!m.Success)
            {
                continue;
            }

            var datePart = m.Groups["date"].Value;
            if (DateStringParser.Parse(datePart, DateDialect.Metadata) is { } exact)
            {
                return exact;
            }

            var resolved = TimexResolver.Resolve(datePart, [], yearHint)
                .Where(r => r.Value.Granularity is DateGranularity.Day or DateGranularity.Time && (!r.Value.Relative || yearHint is not null))
                .Select(r => TimexResolver.AnchorOf(r.Value))
                .FirstOrDefault(a => a is not null);
            if (resolved is not null)
            {
                return new PublicationDate(resolved.Date);
            }
        }

        return null;
    }

    /// <summary>True for a line that carries a photo credit ("EPA-EFE/GEORGI LICOVSKI", "(AP Photo/...)").</summary>
    public static bool LooksLikeCaption(string line) => CreditPattern().IsMatch(line);

    /// <summary>True for a line that is mostly a full date ("Wednesday 22 November 2023 10:15"): a date stamp,
    /// not a sentence of the story that happens to hold a date.</summary>
    public static bool IsDateLine(string line) =>
        TimexResolver.Resolve(line, [], null).Any(r =>
            !r.Value.Relative && r.Value.Granularity is DateGranularity.Day or DateGranularity.Time
            && 2 * r.Candidate.Length >= line.Trim().Length);

    /// <summary>The full dates (day, month and year all written) in a piece of text.</summary>
    public static IEnumerable<DateOnly> FullDates(string text) =>
        TimexResolver.Resolve(text, [], null)
            .Where(r => !r.Value.Relative && r.Value.Granularity is DateGranularity.Day or DateGranularity.Time)
            .Select(r => TimexResolver.AnchorOf(r.Value))
            .Where(a => a is not null)
            .Select(a => a!.Date);

    [GeneratedRegex(@"^(?:by\s+[^|]{1,60}\|\s*)?(?:(?<kind>first\s+published|published|posted|last\s+updated|updated|last\s+modified|modified)(?:\s+on|\s+at)?\s*:?|(?<kind>date|dated)\s*:)\s*(?<rest>.{6,80})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex StampPattern();

    [GeneratedRegex(@"^(?-i:[A-Z][A-Z .'’-]{1,40}|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})(?:,\s*[\p{L} .'’-]{2,30}?)?,\s*(?<date>[\p{L}\d][\p{L}\d .,:/]{3,40}?)\s*(?:\([\p{L} .&-]{2,30}\)|/[^/\n]{2,40}/)?\s*(?:[-–—]{1,2}|:)\s", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DatelinePattern();

    [GeneratedRegex(@"\b(?:EPA|EFE|AFP|REUTERS|Reuters|AP\s+Photo|Getty(?:\s+Images)?|Anadolu|ANSA|Xinhua|Shutterstock|Photo(?:graph)?\s*:|Credit\s*:|Foto\s*:)|\b[A-Z]{2,}(?:-[A-Z]{2,})?/[A-Z][A-Z .'-]{2,}\.?\s*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex CreditPattern();
}
