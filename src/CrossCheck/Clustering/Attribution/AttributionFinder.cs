using System.Text.RegularExpressions;

namespace CrossCheck.Clustering.Attribution;

/// <summary>Finds the outlets an article credits as its source: "according to Reuters", "reported by the
/// Associated Press", "the BBC reported", a wire dateline "(AP) —". Names come back normalised
/// (<see cref="OutletNames.Normalise"/>); whether one is a news outlet is decided later, by matching it against
/// the outlets of the other articles of the story.</summary>
public static partial class AttributionFinder
{
    private const string Word = @"\p{Lu}(?:[\p{L}\p{N}&'’-]|\.(?=\p{L}))*";
    private const string Name = @"(?:the\s+)?(?<name>" + Word + @"(?:[ \t]+(?:of[ \t]+|de[ \t]+)?" + Word + "){0,4})";

    [GeneratedRegex(@"\b(?i:according\s+to|reported\s+by|cited\s+by|quoted\s+by|via|citing)\s+" + Name, RegexOptions.CultureInvariant)]
    private static partial Regex Credit();

    [GeneratedRegex(Name + @"\s+(?:reported|reports|said\s+in\s+a\s+report|news\s+agency\s+reported)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Reported();

    [GeneratedRegex(@"\((?<name>\p{Lu}[\p{L}&.-]{1,20}(?:\s+\p{Lu}[\p{L}&.-]*){0,2})\)\s*[-–—:]", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    public static IReadOnlyList<string> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var names = new List<string>();
        foreach (var regex in (Regex[])[Credit(), Reported(), Dateline()])
        {
            foreach (Match match in regex.Matches(text))
            {
                var name = OutletNames.Normalise(match.Groups["name"].Value);
                if (name.Length > 0 && !names.Contains(name, StringComparer.Ordinal))
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }
}
