using CrossCheck.Analysis.Claims;
using CrossCheck.Text;

namespace CrossCheck.Tests.Analysis.Claims;

/// <summary>Sentences that end in a quotation, with the closing mark attached, detached by a space, glued to the
/// attribution, or after the attribution, each make a claim credited to the speaker. Made-up sentences.</summary>
public sealed class QuotationEndingClaimTests
{
    [Theory]
    [InlineData("The engineer said: \"The road will be resurfaced in June.\"", "engineer")]
    [InlineData("The engineer said: \"The road will be resurfaced in June. \"", "engineer")]
    [InlineData("The engineer said the road \"will be resurfaced in June. \"", "engineer")]
    [InlineData("\"The ferry will sail on Tuesday, \" the harbour master said.", "harbour master")]
    [InlineData("\"The tunnel will close at night, \"said the transport chief.", "transport chief")]
    [InlineData("\"The market will move to the square,\" the council said.\"", "council")]
    public void A_sentence_ending_in_a_quotation_makes_an_attributed_claim(string text, string source)
    {
        var claim = ClaimsOf.Only(text);
        Assert.Equal(source, claim.Attribution);
        Assert.Equal(text[claim.Start..claim.End], claim.Text);
    }

    [Fact]
    public void The_last_sentence_of_a_quotation_continued_from_an_earlier_line_still_makes_a_claim()
    {
        const string Text = "A coastguard officer said: \"Two sailors were rescued.\nThe third is still missing. \"";
        var claims = ClaimExtractor.Extract("a", Text, SentenceSplitter.Split(Text));
        Assert.Contains(claims, c => c.Text.StartsWith("The third is still missing", StringComparison.Ordinal));
    }
}
