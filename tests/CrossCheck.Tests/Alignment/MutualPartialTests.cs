using CrossCheck.Alignment;

namespace CrossCheck.Tests.Alignment;

/// <summary>Decision 440: partial support needs the other sentence to be at least a little about the claim, as the
/// lower partial bar needs it to cover at least a little of the claim (<see cref="EvidenceJudge.PartlyStates"/>).</summary>
public sealed class MutualPartialTests
{
    private static PairVerdict Relate(string a, string b) => OnePair.Relate(a, b);

    [Fact]
    public void A_long_sentence_on_another_matter_that_shares_the_topic_words_is_no_partial_support()
    {
        // The cattle, the province and the farmers are shared; an order to keep cattle indoors is not a disease
        // being contained, and nearly all of the ministry's sentence is about something else.
        var verdict = Relate(
            "The ministry, which has faced months of criticism from farmers' unions over late subsidy payments and strict new rules on fertiliser use, said that the cattle disease found in the northern province of Alde had been contained.",
            "Farmers in Alde have been told to keep their cattle indoors.");

        Assert.Equal(PairRelation.None, verdict.Relation);
    }

    [Fact]
    public void A_report_of_another_happening_at_the_same_place_is_no_partial_support()
    {
        var verdict = Relate(
            "The national news agency reported that the pipeline ruptured near the border town of Vesk at dawn on Sunday, with a state engineering firm sending two repair crews and a mobile crane to the valley to seal the line.",
            "Minor tremors were reported near Vesk shortly before the rupture was noticed.");

        Assert.Equal(PairRelation.None, verdict.Relation);
    }

    [Fact]
    public void A_short_sentence_inside_the_claim_still_supports_it_in_part()
    {
        var verdict = Relate(
            "Three hikers were rescued from the ridge.",
            "After a night in the open, three hikers were rescued from the ridge by a helicopter crew on Sunday.");

        Assert.Equal(PairRelation.Partial, verdict.Relation);
    }

    [Theory]
    [InlineData(0.45, 0.15, false)]
    [InlineData(0.45, 0.25, true)]
    [InlineData(0.25, 0.45, true)]
    [InlineData(0.25, 0.30, false)]
    public void The_two_partial_bars_mirror_each_other(double coverage, double reverse, bool expected) =>
        Assert.Equal(expected, EvidenceJudge.PartlyStates(coverage, reverse, AlignmentThresholds.Default));
}
