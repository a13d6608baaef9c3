namespace CrossCheck.Outlets;

/// <summary>Compares the names an outlet goes by: "AP", "the Associated Press", "Associated Press (AP)",
/// "apnews.com" all name one outlet. The one normaliser of outlet names: alignment compares an article's outlet
/// with the outlets other reports credit, clustering finds the earlier report an article credits.</summary>
internal static class OutletNames
{
    private static readonly string[] NoiseWords = ["the", "news", "agency", "com", "www", "org", "net", "co", "uk"];

    /// <summary>Lower-case words of a name, without punctuation and leading "the"; null when nothing remains.</summary>
    public static string? Normalise(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var chars = name.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ').ToArray();
        var words = new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = words.Length > 0 && words[0] == "the" ? 1 : 0;
        return words.Length == first ? null : string.Join(' ', words.Skip(first));
    }

    /// <summary>True when two names normalised by <see cref="Normalise"/> name the same outlet; false when
    /// either is null.</summary>
    public static bool Same(string? normalisedA, string? normalisedB)
    {
        if (normalisedA is null || normalisedB is null)
        {
            return false;
        }

        var a = Core(normalisedA);
        var b = Core(normalisedB);
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        return a.SequenceEqual(b, StringComparer.Ordinal)
            || IsAcronymOf(a, b) || IsAcronymOf(b, a)
            || ContainsRun(a, b) || ContainsRun(b, a);
    }

    private static string[] Core(string normalised) =>
        normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !NoiseWords.Contains(w, StringComparer.Ordinal))
            .Select(w => w.Length > 5 && w.EndsWith("news", StringComparison.Ordinal) ? w[..^4] : w)
            .ToArray();

    /// <summary>"ap" is the acronym of "associated press"; "apnews" of the host "apnews.com" also starts with it.</summary>
    private static bool IsAcronymOf(string[] shortName, string[] longName)
    {
        if (shortName.Length != 1 || longName.Length < 2)
        {
            return false;
        }

        var initials = string.Concat(longName.Select(w => w[0]));
        return string.Equals(shortName[0], initials, StringComparison.Ordinal);
    }

    /// <summary>"associated press" inside "associated press ap"; a single word only when it is a whole name
    /// of at least three letters and ends the longer name ("reuters" in "thomson reuters", "tribune" in "chicago
    /// tribune"): an outlet named after its town ("Tesk Island Bulletin", "Marrow Evening Star") is not credited by a
    /// report that names the town ("shopkeepers on Tesk warned").</summary>
    private static bool ContainsRun(string[] haystack, string[] needle)
    {
        if (needle.Length > haystack.Length || (needle.Length == 1 && needle[0].Length < 3))
        {
            return false;
        }

        if (needle.Length == 1)
        {
            return string.Equals(haystack[^1], needle[0], StringComparison.Ordinal);
        }

        for (var i = 0; i + needle.Length <= haystack.Length; i++)
        {
            if (haystack.Skip(i).Take(needle.Length).SequenceEqual(needle, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
