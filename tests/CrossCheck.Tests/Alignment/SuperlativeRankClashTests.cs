using CrossCheck.Alignment;

namespace CrossCheck.Tests.Alignment;

/// <summary>Decision 442: one thing given two places in one ranking by a superlative contradicts.</summary>
public sealed class SuperlativeRankClashTests
{
    [Fact]
    public void A_superlative_with_an_ordinal_and_one_without_are_two_places()
    {
        var verdict = OnePair.Relate(
            "Forecasters said it was the third-deadliest storm to hit the coast in a decade.",
            "It was the deadliest storm to hit the coast in a decade, forecasters said.");

        Assert.Equal(PairRelation.Contradicts, verdict.Relation);
        Assert.Contains("deadliest storm vs third-deadliest storm", Assert.Single(verdict.Claims).Evidence.Single().Conflicts);
    }

    [Fact]
    public void The_same_place_written_with_a_hyphen_or_a_space_agrees() =>
        Assert.Null(SuperlativeRankClash.Find("It was the second busiest day at the port.", "It was the second-busiest day at the port.", () => true));

    [Theory]
    [InlineData("It was the largest haul of the year.", "It was the second-biggest haul of the year.")]
    [InlineData("Vessa is the largest town in the valley.", "Vessa has the second-largest market in the valley.")]
    [InlineData("The latest report came on Monday.", "The latest report was late.")]
    public void Other_adjectives_other_nouns_and_one_place_do_not_clash(string claim, string other) =>
        Assert.Null(SuperlativeRankClash.Find(claim, other, () => true));

    [Fact]
    public void Sentences_about_different_events_do_not_clash() =>
        Assert.Null(SuperlativeRankClash.Find("It was the largest fire of the summer.", "It was the third-largest fire of the summer.", () => false));

    [Fact]
    public void Ordinals_in_digits_count() =>
        Assert.Equal("4th-largest producer vs largest producer",
            SuperlativeRankClash.Find("It is the country's 4th-largest producer of wheat.", "It is the country's largest producer of wheat.", () => true));
}
