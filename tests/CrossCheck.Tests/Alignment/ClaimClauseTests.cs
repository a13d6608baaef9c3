using CrossCheck.Alignment;
using CrossCheck.Text;

namespace CrossCheck.Tests.Alignment;

/// <summary>A claim with asides (appositions, trailing comma pieces) is supported by a sentence that states its main
/// statement whole; never when a figure or date clashes, when an aside gives a figure the other sentence does not
/// confirm, or when a name is matched only in part (decision 376). A claim of several clauses is not supported by a
/// sentence that states one of them (decision 381). Made-up sentences, in other domains than the reports that showed the problem.</summary>
public sealed class ClaimClauseTests
{
    private static PairVerdict Relate(string evidence, string claim) => OnePair.Relate(evidence, claim);

    [Fact]
    public void A_sentence_that_states_only_one_clause_of_the_claim_does_not_confirm_it_all()
    {
        // Decision 381: the clause about the survey stays unconfirmed, so the claim as a whole is not supported.
        var verdict = Relate(
            "The results of the water samples are still pending.",
            "The inspector said she had not seen the earlier survey and that the results of the water samples are still pending.");

        Assert.NotEqual(PairRelation.Supports, verdict.Relation);
    }

    [Fact]
    public void A_sentence_that_states_the_main_statement_without_the_apposition_supports_the_claim()
    {
        var verdict = Relate(
            "Marta Leino resigned as chair of the rowing club.",
            "Marta Leino, a veteran Olympic sculler and longtime harbour pilot in Turku, resigned as chair of the rowing club.");

        Assert.Equal(PairRelation.Supports, verdict.Relation);
    }

    [Fact]
    public void A_sentence_that_states_the_main_statement_without_the_trailing_piece_supports_the_claim()
    {
        var verdict = Relate(
            "The museum reopened its east wing to visitors.",
            "The museum reopened its east wing to visitors, ending a long closure after storm damage to the roof.");

        Assert.Equal(PairRelation.Supports, verdict.Relation);
    }

    [Fact]
    public void A_clashing_figure_in_another_clause_still_contradicts()
    {
        var verdict = Relate(
            "The ferry was carrying 212 passengers when it ran aground.",
            "The ferry ran aground near the harbour mouth, carrying 180 passengers and nine crew.");

        Assert.Equal(PairRelation.Contradicts, verdict.Relation);
    }

    [Fact]
    public void A_trailing_piece_with_a_figure_the_other_sentence_does_not_give_keeps_the_claim_from_support()
    {
        var verdict = Relate(
            "The dam operator opened the spillway gates on the upper reservoir.",
            "The dam operator opened the spillway gates on the upper reservoir, flooding some 300 homes downstream.");

        Assert.NotEqual(PairRelation.Supports, verdict.Relation);
    }

    [Fact]
    public void A_name_matched_only_in_part_does_not_confirm_the_main_statement()
    {
        var verdict = Relate(
            "Supporters of the Dunmore Rangers blocked the stadium gates.",
            "Supporters of the Dunmore Raiders blocked the stadium gates, delaying the kick-off for an hour.");

        Assert.NotEqual(PairRelation.Supports, verdict.Relation);
    }
}
