using CrossCheck.Alignment;

namespace CrossCheck.Tests.Alignment;

/// <summary>A negation inside a claim's background clause ("a crew member, who asked not to be named, said ...", "the
/// mayor, who did not attend, said ...") negates what that clause says of someone, not the claim's statement
/// (decision 386). Made-up sentences in other domains than the reports that showed the problem.</summary>
public sealed class BackgroundNegationTests
{
    private static PairVerdict Relate(string a, string b) => OnePair.Relate(a, b);

    [Theory]
    [InlineData(
        "The port authority denied that the crane had been overloaded before it collapsed.",
        "A dock worker, who asked not to be identified, said the crane had been overloaded before it collapsed.")]
    [InlineData(
        "A nurse, who did not want her name published, said the ward had run out of blood supplies.",
        "The hospital denied that the ward had run out of blood supplies.")]
    public void A_denial_contradicts_a_statement_whose_only_negation_is_in_its_background(string a, string b) =>
        Assert.Equal(PairRelation.Contradicts, Relate(a, b).Relation);

    [Fact]
    public void An_affirmed_statement_supports_a_claim_whose_only_negation_is_in_its_background() =>
        Assert.Equal(PairRelation.Supports, Relate(
            "The museum will reopen its east wing on 3 March.",
            "The director, who did not attend the board meeting, said the museum would reopen its east wing on 3 March.").Relation);

    [Fact]
    public void A_negation_in_the_main_statement_still_negates_beside_a_background_clause() =>
        Assert.Equal(PairRelation.Contradicts, Relate(
            "A dock worker said the crane had carried loads above its safe limit.",
            "The port authority, which runs the terminal, said the crane had never carried loads above its safe limit.").Relation);
}
