using CrossCheck.Alignment;

namespace CrossCheck.Tests.Alignment;

/// <summary>Decision 441: a sentence that lies inside the claim and confirms its core (predicate, every figure, every
/// name) supports it, though the claim's modifiers and circumstances are not repeated
/// (<see cref="EvidenceJudge.ConfirmsTheCore"/>). Made-up pairs, through the path analyze takes.</summary>
public sealed class CoreConfirmationTests
{
    private static PairVerdict Relate(string a, string b) => OnePair.Relate(a, b);

    [Fact]
    public void A_sentence_that_confirms_the_count_the_act_and_the_place_supports_a_claim_with_more_detail()
    {
        var verdict = Relate(
            "Rescuers brought another two climbers down from the ledge.",
            "Two other climbers were brought down from the icy ledge of the north face by a mountain rescue team.");

        Assert.Equal(PairRelation.Supports, verdict.Relation);
    }

    [Fact]
    public void A_fronted_circumstance_the_other_sentence_leaves_out_does_not_stop_support()
    {
        var verdict = Relate(
            "Rescuers pulled another four people from the roof.",
            "As their neighbours watched from the road, four other residents were pulled from the roof of the flooded house.");

        Assert.Equal(PairRelation.Supports, verdict.Relation);
    }

    [Fact]
    public void A_name_of_the_claim_the_other_sentence_does_not_confirm_keeps_it_partial()
    {
        // Where the nurse comes from is where the reports may differ.
        var verdict = Relate(
            "Among the injured was Lena Roth, a nurse from Belton.",
            "The injured woman, Lena Roth, was a night nurse from the village of Arnby.");

        Assert.NotEqual(PairRelation.Supports, verdict.Relation);
    }

    [Fact]
    public void A_figure_of_the_claim_the_other_sentence_does_not_state_is_not_confirmed()
    {
        var verdict = Relate(
            "The ferry carried passengers across the bay.",
            "The ferry carried 240 passengers across the bay on its last crossing.");

        Assert.NotEqual(PairRelation.Supports, verdict.Relation);
    }
}
