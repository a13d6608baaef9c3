using CrossCheck.Alignment;

namespace CrossCheck.Tests.Alignment;

/// <summary>Equal counts of "people" and of a kind of person count the same people (decision 318). Made-up sentences,
/// through the path analyze takes, and the matcher's test of the two counted nouns.</summary>
public sealed class CountedPeopleTests
{
    private static PairVerdict Relate(string a, string b) => OnePair.Relate(a, b);

    [Fact]
    public void An_equal_count_of_people_states_the_count_of_a_kind_of_person()
    {
        var verdict = Relate("Lifeboat crews pulled six people from the sinking ferry.", "Six ferry passengers were pulled from the sinking vessel.");

        Assert.Equal(PairRelation.Supports, verdict.Relation);
    }

    [Fact]
    public void Different_counts_of_people_and_of_a_kind_of_person_are_not_linked()
    {
        var verdict = Relate("Last spring a landslide near Dovra buried nine people.", "A landslide near Dovra buried two hikers on Sunday.");

        Assert.NotEqual(PairRelation.Contradicts, verdict.Relation);
        Assert.NotEqual(PairRelation.Supports, verdict.Relation);
    }

    [Theory]
    [InlineData("people", "miners", true)]
    [InlineData("passengers", "people", true)]
    [InlineData("people", "man", false)]
    [InlineData("people", "bridges", false)]
    [InlineData("police", "protesters", false)]
    [InlineData("people", "persons", false)]
    public void A_general_people_noun_and_a_plural_kind_of_person(string a, string b, bool linked)
    {
        var matcher = new UnitMatcher(LexiconRelatedness.Default);

        Assert.Equal(linked, matcher.GeneralAndKindOfPeople(a, b));
    }
}
