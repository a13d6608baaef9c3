using System.Text;

namespace CrossCheck.Clustering.Attribution;

/// <summary>Compares outlet names as people write them: case, a leading "the", punctuation and common
/// suffixes do not matter, and an acronym matches its full name ("AP" = "Associated Press").</summary>
public static class OutletNames
{
    private static readonly string[] Suffixes = [" news agency", " agency", " newspaper", " news", " com", " co uk"];

    public static string Normalise(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Trim())
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is ' ' or '-' && builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        var text = builder.ToString().Trim();
        if (text.StartsWith("the ", StringComparison.Ordinal))
        {
            text = text[4..];
        }

        foreach (var suffix in Suffixes)
        {
            if (text.Length > suffix.Length && text.EndsWith(suffix, StringComparison.Ordinal))
            {
                text = text[..^suffix.Length];
            }
        }

        return text;
    }

    /// <summary>True when two normalised names name the same outlet.</summary>
    public static bool SameOutlet(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        return string.Equals(a, b, StringComparison.Ordinal)
            || string.Equals(Acronym(a), b, StringComparison.Ordinal)
            || string.Equals(a, Acronym(b), StringComparison.Ordinal);
    }

    private static string Acronym(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length < 2 ? name : string.Concat(words.Select(w => w[0]));
    }
}
