namespace CrossCheck.Analysis.Quantities;

/// <summary>Words before (or after) a number that say how it relates to the true value.</summary>
internal static class QuantityQualifiers
{
    private static readonly Dictionary<string, QuantityQualifier> Before = new(StringComparer.Ordinal)
    {
        ["approximately"] = QuantityQualifier.Approximate, ["roughly"] = QuantityQualifier.Approximate,
        ["about"] = QuantityQualifier.Approximate, ["around"] = QuantityQualifier.Approximate, ["some"] = QuantityQualifier.Approximate,
        ["nearly"] = QuantityQualifier.Approximate, ["almost"] = QuantityQualifier.Approximate, ["circa"] = QuantityQualifier.Approximate,
        ["estimated"] = QuantityQualifier.Approximate, ["an estimated"] = QuantityQualifier.Approximate, ["close to"] = QuantityQualifier.Approximate,
        ["approx"] = QuantityQualifier.Approximate, ["roughly about"] = QuantityQualifier.Approximate, ["just about"] = QuantityQualifier.Approximate,
        ["at least"] = QuantityQualifier.AtLeast, ["no fewer than"] = QuantityQualifier.AtLeast, ["no less than"] = QuantityQualifier.AtLeast,
        ["a minimum of"] = QuantityQualifier.AtLeast, ["not less than"] = QuantityQualifier.AtLeast,
        ["more than"] = QuantityQualifier.MoreThan, ["over"] = QuantityQualifier.MoreThan, ["above"] = QuantityQualifier.MoreThan,
        ["in excess of"] = QuantityQualifier.MoreThan, ["upwards of"] = QuantityQualifier.MoreThan, ["just over"] = QuantityQualifier.MoreThan,
        ["exceeding"] = QuantityQualifier.MoreThan, ["well over"] = QuantityQualifier.MoreThan,
        ["up to"] = QuantityQualifier.AtMost, ["at most"] = QuantityQualifier.AtMost, ["no more than"] = QuantityQualifier.AtMost,
        ["a maximum of"] = QuantityQualifier.AtMost, ["as many as"] = QuantityQualifier.AtMost, ["not more than"] = QuantityQualifier.AtMost,
        ["fewer than"] = QuantityQualifier.LessThan, ["less than"] = QuantityQualifier.LessThan, ["under"] = QuantityQualifier.LessThan,
        ["below"] = QuantityQualifier.LessThan, ["just under"] = QuantityQualifier.LessThan, ["nearly all"] = QuantityQualifier.Approximate,
    };

    private static readonly Dictionary<string, QuantityQualifier> After = new(StringComparer.Ordinal)
    {
        ["or so"] = QuantityQualifier.Approximate, ["or more"] = QuantityQualifier.AtLeast,
        ["or fewer"] = QuantityQualifier.AtMost, ["or less"] = QuantityQualifier.AtMost, ["plus"] = QuantityQualifier.AtLeast,
    };

    /// <summary>True for a one-word qualifier written before numbers ("Some", "Nearly", "Roughly").</summary>
    public static bool IsQualifierWord(string lower) => Before.ContainsKey(lower);

    /// <summary>The qualifier written right before token <paramref name="first"/>, longest phrase first.</summary>
    public static QuantityQualifier? BeforeNumber(List<QuantityToken> tokens, int first)
    {
        for (var length = 3; length >= 1; length--)
        {
            if (Phrase(tokens, first - length, length) is { } phrase && Before.TryGetValue(phrase, out var qualifier))
            {
                return qualifier;
            }
        }

        return null;
    }

    public static (QuantityQualifier Qualifier, int Tokens)? AfterNumber(List<QuantityToken> tokens, int next)
    {
        for (var length = 2; length >= 1; length--)
        {
            if (Phrase(tokens, next, length) is { } phrase && After.TryGetValue(phrase, out var qualifier))
            {
                return (qualifier, length);
            }
        }

        return null;
    }

    /// <summary>The lower-case words tokens[start..start+length) joined by spaces, when they are words
    /// separated by spaces and followed by a space; else null.</summary>
    private static string? Phrase(List<QuantityToken> tokens, int start, int length)
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
