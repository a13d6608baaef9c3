namespace CrossCheck.Tests.Alignment;

/// <summary>One outcome counted once in each of two independent reports (decision 420): the dead told with "killing
/// three crew members" in one and "claimed two lives" in the other are one slot however little else the sentences
/// share, and "lives" counts the dead as a noun of people would. Counts of two outcomes, equal counts, and a report
/// that counts the outcome twice are not. Every report here is made up for the test.</summary>
public sealed class OutcomeCountSlotTests
{
    private const string Fire = "A fire swept through the car deck of a passenger ferry on Monday, killing three crew members, the operator said.";

    private static bool Contradicted(string first, string second, string fragment) =>
        TwoReports.Contradicted(first, second, fragment, "Ferry fire off Kesting");

    [Theory]
    [InlineData("The blaze claimed two lives.")]
    [InlineData("Four seamen died when the blaze spread to the upper deck.")]
    public void One_outcome_counted_with_other_words_is_one_slot(string other) =>
        Assert.True(Contradicted(Fire, other, "killing three"));

    [Theory]
    // The same count.
    [InlineData("The blaze claimed three lives.")]
    // Another outcome.
    [InlineData("Two passengers were injured when the blaze spread to the upper deck.")]
    // The report counts the dead twice (two events): neither figure is the one of the slot.
    [InlineData("The blaze claimed two lives. A crane collapse at the shipyard killed five people.")]
    public void Other_counts_do_not_clash(string other) =>
        Assert.False(Contradicted(Fire, other, "killing three"));

    [Theory]
    // Parts of a whole: two women and one man are the three dead.
    [InlineData("A fire swept through a bakery on Monday, killing three people.", "Two women and one man died in the bakery fire.", "killing three")]
    // A subset: those lifted off by helicopter are some of the rescued.
    [InlineData("Ten crew members were rescued from the burning ferry on Monday.", "Seven were lifted off the ferry by helicopter.", "Ten crew")]
    // Different stages: those trapped, and those freed on a later day.
    [InlineData("Eight cavers were trapped by rising water in the Morrow cave on Monday.", "Two cavers were freed from the Morrow cave on Saturday.", "Eight cavers")]
    public void Parts_subsets_and_stages_do_not_clash(string first, string second, string fragment) =>
        Assert.False(TwoReports.Contradicted(first, second, fragment, "Incidents on Monday"));
}
