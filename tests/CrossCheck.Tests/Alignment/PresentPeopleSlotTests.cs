namespace CrossCheck.Tests.Alignment;

/// <summary>How many people were there, told once in each of two independent reports (decision 453): a count with an
/// aside in commas after its noun ("About 60 people, most of them pensioners, were on the coach") still only says how
/// many there were, and a figure shared by two nouns ("35 passengers and staff") counts them all, so the two are one
/// slot. Every report here is made up for the test.</summary>
public sealed class PresentPeopleSlotTests
{
    private const string Title = "Coach overturns near Vell";

    [Fact]
    public void Two_counts_of_those_present_clash() =>
        Assert.True(TwoReports.Contradicted(
            "About 60 people, most of them pensioners, were on the coach when it overturned.",
            "There were 35 passengers and staff aboard the vehicle at the time.",
            "About 60 people",
            Title));

    [Fact]
    public void A_part_joined_to_another_part_stays_a_part() =>
        Assert.False(TwoReports.Contradicted(
            "About 60 people, most of them pensioners, were on the coach when it overturned.",
            "There were 35 passengers and a driver aboard the vehicle at the time.",
            "About 60 people",
            Title));
}
