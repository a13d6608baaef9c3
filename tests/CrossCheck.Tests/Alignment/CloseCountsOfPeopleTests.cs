using CrossCheck.Alignment;

namespace CrossCheck.Tests.Alignment;

/// <summary>An equal count of people in two sentences close in meaning confirms the claim's figure even when the two
/// name the people with nouns the lexicon does not link (decision 338). Made-up sentences, through the path analyze
/// takes, with negatives: counts of things, counts of two outcomes, sentences about something else.</summary>
public sealed class CloseCountsOfPeopleTests
{
    private static PairVerdict Relate(string a, string b) => OnePair.Relate(a, b);

    [Theory]
    [InlineData("She was a 12 - year veteran of the coastguard.", "She was a 12 - year member of the coastguard.")]
    [InlineData("He has been a 20 - year employee of the port authority.", "He has been a 20 - year worker at the port authority.")]
    public void An_equal_count_of_people_named_otherwise_confirms_the_figure(string a, string b) =>
        Assert.NotEqual(PairRelation.None, Relate(a, b).Relation);

    [Theory]
    [InlineData("The storm damaged four bridges in the valley.", "The storm damaged four schools in the valley.")]
    [InlineData("Two helicopters were sent to Dunmore Hospital.", "Two survivors were being treated for frostbite at Dunmore Hospital.")]
    [InlineData("Two climbers were killed in the avalanche on Tuesday.", "Two climbers were injured in the avalanche on Tuesday.")]
    public void Counts_of_things_of_two_outcomes_or_of_something_else_are_not_confirmed(string a, string b) =>
        Assert.NotEqual(PairRelation.Supports, Relate(a, b).Relation);

    [Fact]
    public void A_different_count_of_people_named_otherwise_is_no_confirmation()
    {
        var relation = Relate("Two of the rescued climbers were kept overnight at Dunmore Hospital with frostbite.", "Three survivors were being treated for frostbite at Dunmore Hospital.").Relation;

        Assert.NotEqual(PairRelation.Supports, relation);
        Assert.NotEqual(PairRelation.Partial, relation);
    }
}
