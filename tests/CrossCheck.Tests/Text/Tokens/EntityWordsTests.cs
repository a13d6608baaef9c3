using System.Text.RegularExpressions;
using CrossCheck.Text;

namespace CrossCheck.Tests.Text;

/// <summary>The entity words are a view of the one <see cref="Tokenizer"/> stream. Where they lie must be exactly what
/// the entity recogniser's own scanner found before it was replaced (its pattern kept here as the oracle), for every span
/// of awkward texts: numbers, abbreviations, joiners, possessives, surrogate pairs, combining marks, other scripts.</summary>
public sealed partial class EntityWordsTests
{
    [Theory]
    [InlineData("It cost 4,500 or 4,50 or 1,2345 and 1.2.3; the 21st-century 5km run at 16F, the 1990s-era U.S. a.m. shift.")]
    [InlineData("F-16s, A1,000 and COVID-19 at 3.5%... then 1..2 and 1990's ab--cd ab-1 ex‐president non‑stop 5U.S.A.B.")]
    [InlineData("Rama's  country’s\u00A0borders\u2003— e.g. U.S.A.   🙂word 𝒜bc ١٢٣,٤٥٦ end. 𝟏𝟐 digits AU.S. U.s. A.B.c.")]
    [InlineData("café cafe\u0301 \u0301abc x\u0308y, 12\u00A0000 people; 5\u202F000 and 7\u2009km \"quoted\" (12) [3] 4th' 5\u0301x")]
    [InlineData("x1.5 A.B.C.D 20thé 12,345x 4,5001 1,234.5 ١٢٣ ٤٥٦٫٧ २०२४ \u0660\u0661, 4th-5th 50th’s U.S.-led Kurti’S x-\u0301y")]
    public void Every_span_reads_as_the_old_word_scanner(string text)
    {
        var stream = ArticleTokens.Of(text);
        for (var start = 0; start <= text.Length; start++)
        {
            for (var end = start; end <= text.Length; end++)
            {
                Assert.Equal(Oracle(text, start, end), EntityWordSpans.Of(text, stream.Within(start, end)));
            }
        }
    }

    [Theory]
    [InlineData("4,500", "4|500")]
    [InlineData("1.2.3", "1|2|3")]
    [InlineData("21st", "21st")]
    [InlineData("5km", "5km")]
    [InlineData("16F", "16F")]
    [InlineData("U.S.", "U.S.")]
    [InlineData("a.m.", "a|m")]
    [InlineData("1990s-era", "1990s-era")]
    [InlineData("ex‐president", "ex|president")]
    [InlineData("\u0301abc", "abc")]
    [InlineData("𝒜bc", "bc")]
    [InlineData("١٢٣,٤٥٦", "١٢٣|٤٥٦")]
    public void Words_lie_as_documented(string text, string expected) =>
        Assert.Equal(expected, string.Join("|", EntityWordSpans.Of(text, Tokenizer.Tokenize(text)).Select(s => text[s.Start..s.End])));

    [GeneratedRegex(@"(?:\p{Lu}\.){2,}|[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}]*(?:[-'’][\p{L}\p{M}\p{Nd}]+)*")]
    private static partial Regex OldPattern();

    /// <summary>Where the entity recogniser's scanner found words before it became a view (its pattern, verbatim).</summary>
    private static List<(int Start, int End)> Oracle(string text, int start, int end)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var match in OldPattern().EnumerateMatches(text.AsSpan(start, end - start)))
        {
            spans.Add((start + match.Index, start + match.Index + match.Length));
        }

        return spans;
    }
}
