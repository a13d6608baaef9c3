using CrossCheck.Analysis.Claims;
using CrossCheck.Text;

namespace CrossCheck.Tests.Analysis.Claims;

/// <summary>A verb that negates a claim ("rejected claims that", "refused to", "ruled out", "dismissed concerns that")
/// is a cue of its negation scope as "denied" is: what it governs is marked, up to the end of its clause (decision 400).
/// Made-up sentences in other domains than the reports that showed the problem.</summary>
public sealed class NegatingVerbScopeTests
{
    [Theory]
    [InlineData("The council rejected claims that it had postponed repairs to the bridge.", "rejected", "postponed repairs to the bridge")]
    [InlineData("The club refused to accept the new transfer rules.", "refused", "to accept the new transfer rules")]
    [InlineData("The airline ruled out a fault in the landing gear.", "ruled", "out a fault in the landing gear")]
    [InlineData("The ministry dismissed concerns that the dam would overflow.", "dismissed", "concerns that the dam would overflow")]
    public void A_negating_verb_governs_the_rest_of_its_clause(string text, string cue, string governed)
    {
        var claim = ClaimsOf.Only(text);
        Assert.True(claim.Negated);
        var found = Assert.Single(claim.Negation.Cues);
        Assert.Equal(cue, found.Word);
        var at = text.IndexOf(governed, StringComparison.Ordinal);
        Assert.True(found.Governs(at) && found.Governs(at + governed.Length - 1));
    }

    [Fact]
    public void A_negating_verb_reaches_only_to_the_end_of_its_clause()
    {
        const string Text = "The council rejected claims that it had cut costs, saying the bridge was inspected in May.";
        var found = Assert.Single(ClaimsOf.Only(Text).Negation.Cues);
        Assert.False(found.Governs(Text.IndexOf("inspected", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("The ministry dismissed two officials over the flooding.")]
    [InlineData("The club agreed to accept the new transfer rules.")]
    public void A_verb_that_negates_nothing_is_no_cue(string text) =>
        Assert.Empty(ClaimsOf.Only(text).Negation.Cues);
}
