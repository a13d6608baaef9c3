using CrossCheck.Alignment;

namespace CrossCheck.Tests.Alignment;

/// <summary>An equal figure in two sentences close in meaning confirms the claim's figure though the nouns that name
/// what it counts are not linked: people with the injured and those taken to hospital as one outcome, things when the
/// sentences are paraphrases; two outcomes never (decision 387). Made-up sentences in other domains than the reports
/// that showed the problem.</summary>
public sealed class EqualFigureParaphraseTests
{
    private static PairRelation Relate(string a, string b) => OnePair.Relate(a, b).Relation;

    [Fact]
    public void The_injured_and_those_needing_hospital_treatment_are_one_count() =>
        Assert.Equal(PairRelation.Supports, Relate(
            "Nine climbers needed hospital treatment after the rockfall, the mountain rescue service said.",
            "Nine climbers were injured in the rockfall."));

    [Fact]
    public void An_equal_count_of_things_in_a_paraphrase_confirms_the_count() =>
        Assert.Equal(PairRelation.Supports, Relate(
            "Sandbags are being handed out at five sites, including the fire station.",
            "Sandbags can be collected from five points in the town, including the fire station."));

    [Fact]
    public void Counts_of_two_outcomes_never_confirm_each_other() =>
        Assert.NotEqual(PairRelation.Supports, Relate("Two miners were killed in the blast.", "Two miners were injured in the blast."));
}
