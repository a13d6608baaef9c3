using System.Text.RegularExpressions;

namespace CrossCheck.Analysis.Quantities;

internal enum QuantityTokenKind
{
    Digits,
    Word,
    Symbol,
}

/// <summary>A token of a sentence for quantity finding; <see cref="SpaceBefore"/> is true when only
/// spaces separate it from the previous token, <see cref="Attached"/> when nothing does.</summary>
internal sealed record QuantityToken(string Text, int Start, int End, QuantityTokenKind Kind, bool SpaceBefore, bool Attached)
{
    public string Lower { get; } = Text.ToLowerInvariant();
}

internal static partial class QuantityTokenizer
{
    [GeneratedRegex(@"(?<d>\d+(?:[,.]\d+)*)|(?<w>\p{L}+(?:[-'’]\p{L}+)*)|(?<s>[^\s\p{L}\p{Nd}])")]
    private static partial Regex TokenPattern();

    public static List<QuantityToken> Tokenize(string text, int start, int end)
    {
        var tokens = new List<QuantityToken>();
        var previousEnd = start;
        foreach (Match match in TokenPattern().Matches(text[start..end]))
        {
            var tokenStart = start + match.Index;
            var kind = match.Groups["d"].Success ? QuantityTokenKind.Digits : match.Groups["w"].Success ? QuantityTokenKind.Word : QuantityTokenKind.Symbol;
            var gap = text.AsSpan(previousEnd, tokenStart - previousEnd);
            var spaceOnly = gap.Length > 0 && !gap.ContainsAnyExcept(' ', '\u00A0');
            tokens.Add(new QuantityToken(match.Value, tokenStart, tokenStart + match.Length, kind, spaceOnly || gap.Length == 0, gap.Length == 0));
            previousEnd = tokenStart + match.Length;
        }

        return tokens;
    }
}
