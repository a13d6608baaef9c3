using System.Text.RegularExpressions;
using CrossCheck.Text;

namespace CrossCheck.Tests.Text;

/// <summary>The quantity tokens are a view of the one <see cref="Tokenizer"/> stream. They must be exactly what the
/// quantity finder's own scanner gave before it was replaced (kept here as the oracle), for every span of awkward texts:
/// cut numbers, separators, ordinals, units, abbreviations, joiners, surrogate pairs, combining marks, other scripts.</summary>
public sealed partial class QuantityTokensTests
{
    [Theory]
    [InlineData("It cost 4,500 or 4,50 or 1,2345 and 1.2.3; the 21st-century 5km run at 16F, the 1990s-era U.S. a.m. shift.")]
    [InlineData("F-16s, A1,000 and COVID-19 at 3.5%... then 1..2 and 1990's ab--cd ab-1 ex‐president non‑stop.")]
    [InlineData("Rama's  country’s\u00A0borders\u2003— e.g. U.S.A.   🙂word 𝒜bc ١٢٣,٤٥٦ end. 𝟏𝟐 digits")]
    [InlineData("café cafe\u0301 \u0301abc x\u0308y, 12\u00A0000 people; 5\u202F000 and 7\u2009km \"quoted\" (12) [3] 4th'")]
    [InlineData("x1.5 A.B.C.D 20thé 12,345x 4,5001 1,234.5 ١٢٣ ٤٥٦٫٧ २०२४ \u0660\u0661, 4th-5th 50th’s")]
    public void Every_span_reads_as_the_old_quantity_scanner(string text)
    {
        var stream = ArticleTokens.Of(text);
        for (var start = 0; start <= text.Length; start++)
        {
            for (var end = start; end <= text.Length; end++)
            {
                Assert.Equal(Oracle(text, start, end), QuantityTokens.Of(text, stream.Within(start, end), start));
            }
        }
    }

    [Theory]
    [InlineData("4,500", "4,500")]
    [InlineData("4,50", "4,50")]
    [InlineData("1.2.3", "1.2.3")]
    [InlineData("21st", "21|st")]
    [InlineData("21st-century", "21|st-century")]
    [InlineData("5km", "5|km")]
    [InlineData("16F", "16|F")]
    [InlineData("U.S.", "U|.|S|.")]
    [InlineData("a.m.", "a|.|m|.")]
    [InlineData("ex‐president", "ex|‐|president")]
    [InlineData("1...2", "1|.|.|.|2")]
    [InlineData("cafe\u0301", "cafe|\u0301")]
    [InlineData("١٢٣,٤٥٦", "١٢٣,٤٥٦")]
    public void Tokens_are_cut_as_documented(string text, string expected)
    {
        var tokens = QuantityTokens.Of(text, Tokenizer.Tokenize(text), 0);
        Assert.Equal(expected, string.Join("|", tokens.Select(t => t.Text)));
    }

    [Fact]
    public void A_surrogate_pair_is_two_symbols()
    {
        var tokens = QuantityTokens.Of("𝟏 🙂", Tokenizer.Tokenize("𝟏 🙂"), 0);
        Assert.Equal(4, tokens.Count);
        Assert.All(tokens, t => Assert.Equal(QuantityTokenKind.Symbol, t.Kind));
        Assert.Equal([true, true, true, true], tokens.Select(t => t.SpaceBefore));
        Assert.Equal([true, true, false, true], tokens.Select(t => t.Attached));
    }

    [GeneratedRegex(@"(?<d>\d+(?:[,.]\d+)*)|(?<w>\p{L}+(?:[-'’]\p{L}+)*)|(?<s>[^\s\p{L}\p{Nd}])")]
    private static partial Regex OldPattern();

    /// <summary>The quantity finder's scanner before it became a view (QuantityTokenizer.Tokenize, verbatim).</summary>
    private static List<QuantityToken> Oracle(string text, int start, int end)
    {
        var tokens = new List<QuantityToken>();
        var previousEnd = start;
        foreach (Match match in OldPattern().Matches(text[start..end]))
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
