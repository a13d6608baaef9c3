using CrossCheck.Text;

namespace CrossCheck.Tests.Text;

/// <summary>A span's tokens read from the article's token stream must be exactly what tokenizing the span gives,
/// wherever the span starts and ends: inside a word, a number, an abbreviation, a surrogate pair or whitespace.</summary>
public sealed class ArticleTokensTests
{
    [Theory]
    [InlineData("The U.S. and a.m. figures rose to 4,500,000 on the 20th, up 3.5%.\n\"Wait...\" ex-president F-16 said.")]
    [InlineData("It cost 4,5001 and 12,345x in the 1990s; 20thé and xa.b. then A.B.C.D done")]
    [InlineData("Rama's  country’s\u00A0borders\u2003— e.g. U.S.A.   🙂word 𝒜bc ١٢٣,٤٥٦ end.")]
    [InlineData("no-space:\"quoted\",(paren)[x]...and..more")]
    public void Every_span_reads_as_tokenizing_the_span(string text)
    {
        var stream = ArticleTokens.Of(text);
        for (var start = 0; start <= text.Length; start++)
        {
            for (var end = start; end <= text.Length; end++)
            {
                Assert.Equal(Tokenizer.Tokenize(text[start..end], start), stream.Within(start, end));
            }
        }
    }

    [Fact]
    public void A_span_between_token_boundaries_is_a_slice_of_the_stream()
    {
        const string text = "Police said the bridge, built in 1990, was closed.";
        var stream = ArticleTokens.Of(text);
        var start = text.IndexOf("the", StringComparison.Ordinal);
        var end = text.IndexOf(", was", StringComparison.Ordinal);
        var all = Tokenizer.Tokenize(text);
        Assert.Equal(all.Where(t => t.Start >= start && t.End <= end), stream.Within(start, end));
    }
}
