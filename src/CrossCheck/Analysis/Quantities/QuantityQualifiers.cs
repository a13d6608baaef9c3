using CrossCheck.Text;

namespace CrossCheck.Analysis.Quantities;

/// <summary>Words before (or after) a number that say how it relates to the true value.</summary>
internal static class QuantityQualifiers
{
    /// <summary>True for a one-word qualifier written before numbers ("Some", "Nearly", "Roughly").</summary>
    public static bool IsQualifierWord(string lower) => QualifierWords.BeforeNumber.ContainsKey(lower);

    /// <summary>The qualifier written right before token <paramref name="first"/>, longest phrase first.</summary>
    public static QuantityQualifier? BeforeNumber(IReadOnlyList<QuantityToken> tokens, int first)
    {
        for (var length = 3; length >= 1; length--)
        {
            if (Phrase(tokens, first - length, length) is { } phrase && QualifierWords.BeforeNumber.TryGetValue(phrase, out var qualifier))
            {
                return qualifier;
            }
        }

        return null;
    }

    public static (QuantityQualifier Qualifier, int Tokens)? AfterNumber(IReadOnlyList<QuantityToken> tokens, int next)
    {
        for (var length = 2; length >= 1; length--)
        {
            if (Phrase(tokens, next, length) is { } phrase && QualifierWords.AfterNumber.TryGetValue(phrase, out var qualifier))
            {
                return (qualifier, length);
            }
        }

        return null;
    }

    /// <summary>The lower-case words tokens[start..start+length) joined by spaces, when they are words
    /// separated by spaces and followed by a space; else null.</summary>
    private static string? Phrase(IReadOnlyList<QuantityToken> tokens, int start, int length)
    {
        if (start < 0 || start + length > tokens.Count)
        {
            return null;
        }

        var words = new string[length];
        for (var k = 0; k < length; k++)
        {
            var token = tokens[start + k];
            if (token.Kind != QuantityTokenKind.Word || (k > 0 && !token.SpaceBefore))
            {
                return null;
            }

            words[k] = token.Lower;
        }

        return string.Join(' ', words);
    }
}
