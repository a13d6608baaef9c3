using CrossCheck.Tests.Analysis.Entities;

namespace CrossCheck.Tests.Analysis.Quotes;

/// <summary>A quote left open at a paragraph's end that the next paragraph closes without a new opening
/// mark goes on across the break (decision 203).</summary>
public sealed class QuoteContinuationTests
{
    [Theory]
    [InlineData("Ola Berg, a firefighter, said: \"The flames reached the roof.\nWe could not save the barn,\" he said.")]
    [InlineData("Ola Berg, a firefighter, said: “The flames reached the roof.\n\nWe could not save the barn,” he said.")]
    public void Quote_continued_in_the_next_paragraph_without_an_opening_mark_is_kept(string text)
    {
        var quotes = AnalysisHelpers.Analyse(text).Quotes;

        Assert.Equal(["The flames reached the roof.", "We could not save the barn"], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("Ola Berg", q.Speaker?.Text));
    }

    [Fact]
    public void A_next_paragraph_with_its_own_quote_does_not_continue_an_unclosed_mark()
    {
        const string text = "Ola Berg said the \"barn was lost.\nLater Ivo Marin said \"nothing\" could be done.";
        var quotes = AnalysisHelpers.Analyse(text).Quotes;

        Assert.Equal(["nothing"], quotes.Select(q => q.Text));
    }
}
