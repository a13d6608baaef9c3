using System.Text.RegularExpressions;

namespace CrossCheck.Text;

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

/// <summary>The quantity finder's variant of <see cref="Tokenizer"/>: digit runs with their separators
/// ("4,500", "1.2.3") are one token and everything else one symbol per character, so an ordinal suffix
/// ("21st") or a unit ("5km") stays a token of its own, marked <see cref="QuantityToken.Attached"/>.</summary>
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
