using CrossCheck.Alignment;

namespace CrossCheck.Tests.Alignment;

/// <summary>Two counts of one named kind of thing, each the only count of it in its sentence, in sentences about the same
/// event, are one count of what happened to those things however differently the verbs put it (decision 422): "stolen"
/// / "missing", "drifted away" / "broke from their moorings". A count stated for a wider scope, a bound the other count
/// meets, an equal count and a part of the group do not clash. Made-up sentences in other domains than the reports that
/// showed the problem.</summary>
public sealed class SoleThingCountTests
{
    private const string Missing = "Twenty-six beehives are missing from the orchard, the farmer said.";

    private static PairRelation Relate(string a, string b) => OnePair.Relate(a, b).Relation;

    [Theory]
    [InlineData("Thirty-one beehives were stolen from the orchard overnight.", Missing)]
    [InlineData("Fourteen barges drifted away from the quay when the river rose on Sunday.", "Nine barges broke from their moorings on Sunday.")]
    public void One_count_of_a_thing_told_with_other_verbs_clashes(string a, string b) =>
        Assert.Equal(PairRelation.Contradicts, Relate(a, b));

    [Theory]
    // A count for the whole region over years.
    [InlineData("Across the region, 410 beehives have been reported stolen since 2019.")]
    // A lower bound the other count meets.
    [InlineData("At least 20 beehives were stolen from the orchard overnight.")]
    // The same count.
    [InlineData("Twenty-six beehives were stolen from the orchard overnight.")]
    // A part of the group.
    [InlineData("Four of the beehives were stolen from the orchard overnight.")]
    public void Other_counts_do_not_clash(string a) =>
        Assert.NotEqual(PairRelation.Contradicts, Relate(a, Missing));

    /// <summary>A count of what was undone (found, recovered, returned) is a later happening than the loss it undoes
    /// (decision 430).</summary>
    [Theory]
    [InlineData("Nine beehives were later found in a barn two miles from the orchard.", Missing)]
    [InlineData("Four barges were returned to the quay on Monday.", "Nine barges broke from their moorings when the river rose.")]
    public void A_count_of_what_was_undone_does_not_clash_with_the_loss(string a, string b) =>
        Assert.NotEqual(PairRelation.Contradicts, Relate(a, b));
}
