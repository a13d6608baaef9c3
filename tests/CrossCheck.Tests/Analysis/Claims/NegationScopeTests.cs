using CrossCheck.Analysis.Claims;
using CrossCheck.Text;

namespace CrossCheck.Tests.Analysis.Claims;

public sealed class NegationScopeTests
{
    private static string Governed(string text, NegationScope scope) =>
        string.Join(' ', Tokenizer.Tokenize(text, 0).Where(t => scope.Cues.Any(c => c.Governs(t.Start))).Select(t => t.Text));

    [Theory]
    [InlineData("The operator denied that it had released water from the dam.", "denied", "that it had released water from the dam .")]
    [InlineData("The dam had not opened the floodgates and the level was normal.", "not", "opened the floodgates")]
    [InlineData("The company denied that its ferry was overloaded when it ran aground.", "denied", "that its ferry was overloaded")]
    [InlineData("Police said the suspect doesn't live here, neighbours said.", "doesn't", "live here")]
    public void A_cue_governs_the_rest_of_its_clause(string text, string cue, string governed)
    {
        var scope = NegationDetector.Scope(text, 0, text.Length);

        Assert.Equal(cue, Assert.Single(scope.Cues).Word);
        Assert.Equal(governed, Governed(text, scope));
    }

    [Fact]
    public void A_sentence_without_a_cue_has_no_scope() =>
        Assert.Empty(NegationDetector.Scope("Troops arrived on Monday.", 0, 25).Cues);

    [Fact]
    public void Tokens_of_an_excluded_quotation_neither_negate_nor_end_a_reach()
    {
        const string text = "He said \"we never did, ever\" and nobody believed it.";
        var quote = (text.IndexOf('"', StringComparison.Ordinal), text.LastIndexOf('"') + 1);

        var scope = NegationDetector.Scope(text, 0, text.Length, quote);

        Assert.Equal("nobody", Assert.Single(scope.Cues).Word);
    }

    [Fact]
    public void Extracted_claims_carry_their_negation_scope()
    {
        const string text = "The ministry denied that troops had crossed the border.";

        var claim = ClaimsOf.Only(text);

        Assert.True(claim.Negated);
        var cue = Assert.Single(claim.Negation.Cues);
        Assert.Equal("denied", text[cue.Start..cue.End]);
        Assert.Equal("that troops had crossed the border .", Governed(text, claim.Negation));
    }

    [Fact]
    public void Scopes_compare_by_their_cues() =>
        Assert.Equal(NegationDetector.Scope("It did not rain.", 0, 16), NegationDetector.Scope("It did not rain.", 0, 16));
}
