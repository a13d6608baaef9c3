using System.Text;

namespace CrossCheck.Ingest.Decoding;

/// <summary>Unicode Normalization Form C for ingested text, through ICU (<see cref="string.Normalize(NormalizationForm)"/>;
/// the solution runs with ICU for this, see docs/benchmarks.md "Unicode normalisation"). A lone surrogate, which
/// ICU refuses, becomes U+FFFD first, as any decoder would have made it.</summary>
internal static class UnicodeNfc
{
    /// <summary>Returns <paramref name="text"/> in NFC; the same instance when nothing changes.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var valid = text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') ? ReplaceLoneSurrogates(text) : text;
        var normalized = valid.Normalize(NormalizationForm.FormC);
        return string.Equals(normalized, text, StringComparison.Ordinal) ? text : normalized;
    }

    private static string ReplaceLoneSurrogates(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }
}
