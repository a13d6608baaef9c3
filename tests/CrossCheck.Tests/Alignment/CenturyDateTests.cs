using CrossCheck.Alignment;

namespace CrossCheck.Tests.Alignment;

/// <summary>Centuries and decades are spans of years (decision 331): one object dated to two centuries is a clash,
/// a year inside the century agrees, and two objects of two centuries are no clash.</summary>
public sealed class CenturyDateTests
{
    private static PairVerdict Relate(string a, string b) => OnePair.Relate(a, b);

    [Fact]
    public void One_object_dated_to_two_centuries_is_a_clash()
    {
        var verdict = Relate(
            "The stolen chalice, a 16th-century piece, was the abbey's most valuable object.",
            "The abbey's most valuable object, a 17th-century chalice, was among the items stolen.");

        Assert.Equal(PairRelation.Contradicts, verdict.Relation);
    }

    [Fact]
    public void A_year_inside_the_century_is_no_clash()
    {
        var verdict = Relate(
            "The stolen chalice, a 16th-century piece, was the abbey's most valuable object.",
            "The abbey's most valuable object, a chalice made in 1540, was among the items stolen.");

        Assert.NotEqual(PairRelation.Contradicts, verdict.Relation);
    }

    [Fact]
    public void Two_objects_of_two_centuries_are_no_clash()
    {
        var verdict = Relate(
            "The thieves also took a 16th-century chalice from the vestry.",
            "A 19th-century clock in the hall was left untouched by the thieves.");

        Assert.NotEqual(PairRelation.Contradicts, verdict.Relation);
    }
}
