using CrossCheck.Analysis.Claims;
using CrossCheck.Text;

namespace CrossCheck.Tests.Analysis.Claims;

/// <summary>Negations that deny nothing a report states: a negated predicate of knowing reports uncertainty (and
/// hedges the claim), and a negation bounded by "until" states when something happens.</summary>
public sealed class NonDenyingNegationTests
{
    [Theory]
    [InlineData("The railway operator isn't sure what caused the derailment.")]
    [InlineData("It was not immediately clear how many passengers were aboard.")]
    [InlineData("The cause of the outbreak has not yet been established.")]
    [InlineData("Hospital staff could not confirm the names of the injured.")]
    [InlineData("Investigators do not know whether the valve was opened by hand.")]
    [InlineData("The mayor is not certain the bridge will be repaired in time.")]
    public void A_negated_predicate_of_knowing_is_uncertainty_not_a_denial(string text)
    {
        var claim = ClaimsOf.Only(text);

        Assert.False(claim.Negated);
        Assert.Empty(claim.Negation.Cues);
        Assert.True(claim.Hedged);
    }

    [Theory]
    [InlineData("The library will not reopen until the roof is repaired.")]
    [InlineData("Normal service may not be restored till 31 December.")]
    [InlineData("It was not until Friday that the ferry was refloated.")]
    public void A_negation_bounded_by_until_states_a_time(string text)
    {
        var claim = ClaimsOf.Only(text);

        Assert.False(claim.Negated);
        Assert.Empty(claim.Negation.Cues);
    }

    [Theory]
    [InlineData("The driver did not know the victim.", "not")]
    [InlineData("The ferry was not overloaded when it left port.", "not")]
    [InlineData("Police have not identified the two men.", "not")]
    [InlineData("The council did not close the schools, and they stay open until Friday.", "not")]
    [InlineData("The bodies have not been recovered.", "not")]
    public void Other_negations_still_deny(string text, string cue)
    {
        var claim = ClaimsOf.Text(text)[0];

        Assert.True(claim.Negated);
        Assert.Equal(cue, Assert.Single(claim.Negation.Cues).Word);
    }
}
