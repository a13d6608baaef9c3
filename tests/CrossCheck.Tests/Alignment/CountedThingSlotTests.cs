namespace CrossCheck.Tests.Alignment;

/// <summary>Counts of one named kind of thing in one event (decision 307): the event named by a verb in one report
/// and by the noun that takes in the things counted in another ("is recalling 7,400 kettles" / "ordered a recall of
/// more than 9,000 kettles" / "the recall covers nearly 7,400 kettles") is one slot, found however little else the
/// sentences share; counts under another event noun, or of a part of the group (decision 306), are not. Every report
/// here is made up for the test.</summary>
public sealed class CountedThingSlotTests
{
    private const string Order = "The Dorvik safety office has ordered a recall of more than 9,000 Tarnwell kettles.";

    private static bool Contradicted(string first, string second, string fragment) => TwoReports.Contradicted(first, second, fragment, "Kettle recall in Dorvik");

    [Theory]
    [InlineData("The recall covers nearly 7,400 kettles.", true)]
    [InlineData("The recall covers nearly 9,400 kettles.", false)]
    [InlineData("The export deal covers nearly 7,400 kettles.", false)]
    [InlineData("Shops have sold about 2,100 of the recalled kettles in Orvik.", false)]
    public void A_count_under_the_same_event_noun_is_one_slot(string other, bool clash) =>
        Assert.Equal(clash, Contradicted(Order, other, "9,000"));

    [Theory]
    [InlineData("Tarnwell is recalling about 6,400 kettles for its Brio range after a string of scalding accidents in three provinces, the Dorvik safety office said on Monday.", true)]
    [InlineData("Tarnwell is recalling about 9,400 kettles for its Brio range after a string of scalding accidents in three provinces, the Dorvik safety office said on Monday.", false)]
    public void A_short_sentence_counting_the_same_thing_is_compared_with_a_long_one(string claim, bool clash) =>
        Assert.Equal(clash, Contradicted(claim, "The recall covers nearly 9,000 kettles.", "Tarnwell is recalling"));
}
