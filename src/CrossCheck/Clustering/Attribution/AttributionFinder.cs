using System.Buffers;
using System.Text.RegularExpressions;
using CrossCheck.Text;
using CrossCheck.Outlets;

namespace CrossCheck.Clustering.Attribution;

/// <summary>Finds the outlets an article credits as its source: "according to Reuters", "reported by the
/// Associated Press", "the BBC reported", a wire dateline "(AP) —". Names come back normalised
/// (<see cref="OutletNames.Normalise"/>); whether one is a news outlet is decided later, by matching it against
/// the outlets of the other articles of the story.</summary>
/// <remarks>A pattern that starts with a name would be tried at every capital letter of the text; instead the
/// reporting verbs are located with a vectorised search and the name patterns are tried, anchored, only at the
/// few word starts just before them (same matches, a fraction of the cost).</remarks>
internal static partial class AttributionFinder
{
    private const string Word = @"\p{Lu}(?:[\p{L}\p{N}&'’-]|\.(?=\p{L}))*";
    private const string Name = @"(?:the\s+)?(?<name>" + Word + @"(?:[ \t]+(?:of[ \t]+|de[ \t]+)?" + Word + "){0,4})";

    /// <summary>A name has at most five words, four connectors and a leading "the".</summary>
    private const int MaxNameTokens = 10;

    [GeneratedRegex(@"\G\b(?i:" + AttributionPhrases.CreditBeforeName + @")\s+" + Name, RegexOptions.CultureInvariant)]
    private static partial Regex CreditAt();

    [GeneratedRegex(@"\G" + Name + @"\s+(?:" + AttributionPhrases.ReportAfterName + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex ReportedAt();

    [GeneratedRegex(@"\G(?:" + AttributionPhrases.ReportAfterName + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex ReportingVerbAt();

    [GeneratedRegex(@"\((?<name>\p{Lu}[\p{L}&.-]{1,20}(?:\s+\p{Lu}[\p{L}&.-]*){0,2})\)\s*[-–—:]", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    public static IReadOnlyList<string> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var names = new List<string>();
        foreach (var match in Credits(text))
        {
            AddName(names, match);
        }

        foreach (var match in Reports(text))
        {
            AddName(names, match);
        }

        foreach (Match match in Dateline().Matches(text))
        {
            AddName(names, match);
        }

        return names;
    }

    private static List<Match> Credits(string text)
    {
        var found = new List<Match>();
        var position = 0;
        while (Next(text, position, AttributionPhrases.CreditFirstWords) is var at and >= 0)
        {
            var match = CreditAt().Match(text, at);
            if (match.Success)
            {
                found.Add(match);
                position = match.Index + match.Length;
            }
            else
            {
                position = at + 1;
            }
        }

        return found;
    }

    /// <summary>"X reported": tries the name pattern at the capitalised word starts before each reporting verb,
    /// leftmost first, as a left-to-right scan of the whole text would.</summary>
    private static List<Match> Reports(string text)
    {
        var found = new List<Match>();
        var consumed = 0;
        var position = 0;
        var starts = new List<int>(MaxNameTokens * 2);
        while (Next(text, position, AttributionPhrases.ReportFirstWords) is var at and >= 0)
        {
            position = at + 1;
            if (at == 0 || !char.IsWhiteSpace(text[at - 1]) || !ReportingVerbAt().IsMatch(text, at))
            {
                continue;
            }

            NameStartsBefore(text, at, consumed, starts);
            foreach (var start in starts)
            {
                var match = ReportedAt().Match(text, start);
                if (match.Success && match.Index + match.Length > at)
                {
                    found.Add(match);
                    consumed = match.Index + match.Length;
                    position = consumed;
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>Capital letters opening a word (or following punctuation inside a token such as "(Reuters" or
    /// "Reuters/AP") in the last <see cref="MaxNameTokens"/> whitespace-separated tokens before
    /// <paramref name="end"/>, leftmost first, not reaching back before <paramref name="floor"/>.</summary>
    private static void NameStartsBefore(string text, int end, int floor, List<int> starts)
    {
        starts.Clear();
        var i = end;
        for (var tokens = 0; tokens < MaxNameTokens; tokens++)
        {
            while (i > floor && char.IsWhiteSpace(text[i - 1]))
            {
                i--;
            }

            if (i <= floor)
            {
                break;
            }

            while (i > floor && !char.IsWhiteSpace(text[i - 1]))
            {
                i--;
            }
        }

        for (var j = i; j < end; j++)
        {
            if (char.IsUpper(text[j]) && (j == i || !char.IsLetterOrDigit(text[j - 1])))
            {
                starts.Add(j);
            }
        }
    }

    private static int Next(string text, int from, SearchValues<string> triggers)
    {
        if (from >= text.Length)
        {
            return -1;
        }

        var offset = text.AsSpan(from).IndexOfAny(triggers);
        return offset < 0 ? -1 : from + offset;
    }

    private static void AddName(List<string> names, Match match)
    {
        var name = OutletNames.Normalise(match.Groups["name"].Value);
        if (name is not null && !names.Contains(name, StringComparer.Ordinal))
        {
            names.Add(name);
        }
    }
}
