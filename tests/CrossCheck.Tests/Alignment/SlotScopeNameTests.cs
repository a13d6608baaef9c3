namespace CrossCheck.Tests.Alignment;

/// <summary>Which names keep two figures apart (<c>SlotScope.NamesDiffer</c>, decision 450): a weekday is a date of its
/// clause, not a participant it names, and a name is mentioned by a sentence that uses a word of it as a common noun ("the
/// dam" for "the Vessel Dam"). Every report here is made up for the test.</summary>
public sealed class SlotScopeNameTests
{
    private const string Title = "Flooding in the Orra valley";

    [Theory]
    // "Tuesday" names no one: the Orra is the only name left, and it is no other participant.
    [InlineData("Flooding cut off 300 homes on Tuesday.", "The Orra river cut off 120 homes when it burst its banks.")]
    // "the dam" is the Vessel Dam the other report names.
    [InlineData("Ned Harl said flooding at the dam cut off 300 homes.", "A breach of the Vessel Dam cut off 120 homes when the river burst its banks.")]
    public void A_weekday_or_a_name_described_by_its_noun_does_not_keep_figures_apart(string first, string second) =>
        Assert.True(TwoReports.Contradicted(first, second, "300 homes", Title));

    [Theory]
    // Each names a dam the other does not mention: two dams, two counts.
    [InlineData("Ned Harl said flooding at the Kell Dam cut off 300 homes.", "A breach of the Vessel Dam cut off 120 homes when the river burst its banks.")]
    public void Names_neither_mentions_keep_figures_apart(string first, string second) =>
        Assert.False(TwoReports.Contradicted(first, second, "300 homes", Title));
}
