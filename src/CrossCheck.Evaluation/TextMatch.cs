using System.Globalization;
using System.Text;
using CrossCheck.Text;

namespace CrossCheck.Evaluation;

/// <summary>How gold and predicted texts are compared: case, quote marks, whitespace and surrounding
/// punctuation do not matter.</summary>
internal static class TextMatch
{
    private const string TrimmedPunctuation = ".,;:!?\"'()[]«»—–- ";

    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var lastWasSpace = false;
        foreach (var c in text)
        {
            var mapped = c switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
                '\u00A0' => ' ',
                _ => char.ToLowerInvariant(c),
            };
            if (char.IsWhiteSpace(mapped))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            builder.Append(mapped);
            lastWasSpace = false;
        }

        return builder.ToString().Trim(TrimmedPunctuation.ToCharArray());
    }

    /// <summary>True when one normalised text contains the other.</summary>
    public static bool Overlaps(string? first, string? second)
    {
        var a = Normalize(first);
        var b = Normalize(second);
        return a.Length > 0 && b.Length > 0
            && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal));
    }

    /// <summary>Length of the shorter normalised text over the longer, when one contains the other; else 0.</summary>
    public static double ContainmentRatio(string? first, string? second)
    {
        var a = Normalize(first);
        var b = Normalize(second);
        if (!Overlaps(a, b))
        {
            return 0;
        }

        return (double)Math.Min(a.Length, b.Length) / Math.Max(a.Length, b.Length);
    }

    /// <summary>A name as compared between gold and prediction: normalised, without a leading "the".</summary>
    public static string Name(string? name)
    {
        var normalized = Normalize(name);
        return normalized.StartsWith("the ", StringComparison.Ordinal) ? normalized[4..] : normalized;
    }

    /// <summary>An attribution ("the transport ministry", "Police") as compared between gold and prediction:
    /// normalised, without a leading article ("the", "a", "an"), so that "the ministry" and "Ministry" compare
    /// equal.</summary>
    public static string Attribution(string? source)
    {
        var normalized = Normalize(source);
        var space = normalized.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && ClosedClassWords.IsArticle(normalized.AsSpan(0, space)) ? normalized[(space + 1)..] : normalized;
    }

    /// <summary>The words of a text, lower case, with a plural "s" dropped.</summary>
    public static IReadOnlySet<string> Words(string? text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Normalize(text).Split([' ', '-', ',', '.', '\''], StringSplitOptions.RemoveEmptyEntries))
        {
            words.Add(word.Length > 3 && word.EndsWith('s') ? word[..^1] : word);
        }

        return words;
    }

    public static bool SameNumber(double first, double second) =>
        Math.Abs(first - second) <= 1e-6 * Math.Max(1.0, Math.Abs(first));

    public static string Format(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
