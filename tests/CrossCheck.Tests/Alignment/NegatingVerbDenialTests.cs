using CrossCheck.Alignment;

namespace CrossCheck.Tests.Alignment;

/// <summary>A claim negated by a verb other than "deny" ("rejected claims that", "ruled out claims that", "refused to
/// accept that") denies what that verb governs, which is compared with the other sentence as a denial's complement is,
/// not the whole sentence with its attribution (decision 400); the judge's guards hold for it: a denial of an act does
/// not contradict a charge or a rumour of it, and a denial of the opposite agrees. Made-up sentences in other domains
/// than the reports that showed the problem.</summary>
public sealed class NegatingVerbDenialTests
{
    private static PairRelation Relate(string a, string b) => OnePair.Relate(a, b).Relation;

    [Theory]
    [InlineData(
        "The council rejected claims that it had postponed repairs to the bridge to cut costs.",
        "A city engineer said repairs to the bridge had been delayed twice to cut costs.")]
    [InlineData(
        "A city engineer said repairs to the bridge had been delayed twice to cut costs.",
        "The council rejected claims that it had postponed repairs to the bridge to cut costs.")]
    [InlineData(
        "The airline ruled out claims that pilots had skipped the safety checks to save time.",
        "A mechanic said the pilots had skipped the safety checks to save time.")]
    [InlineData(
        "The club refused to accept that the coach had broken the transfer rules.",
        "The league said the coach had broken the transfer rules.")]
    public void A_verb_that_negates_contradicts_what_its_complement_denies(string a, string b) =>
        Assert.Equal(PairRelation.Contradicts, Relate(a, b));

    [Fact]
    public void Rejecting_a_claim_of_an_act_does_not_contradict_a_charge_of_it() =>
        Assert.NotEqual(PairRelation.Contradicts, Relate(
            "The farmer rejected claims that he had dumped waste in the river.",
            "The farmer was charged with dumping waste in the river."));

    [Fact]
    public void Discounting_a_rumour_does_not_contradict_the_report_of_the_rumour() =>
        Assert.NotEqual(PairRelation.Contradicts, Relate(
            "The senator discounted rumours that she was the anonymous author of the memo.",
            "She was among several aides rumoured to be the anonymous author of the memo."));

    [Fact]
    public void Rejecting_a_claim_of_the_opposite_agrees() =>
        Assert.Equal(PairRelation.Supports, Relate(
            "The school rejected claims that the heating had been switched off.",
            "The heating had been switched on, a teacher said."));
}
