using CrossCheck.Alignment;

namespace CrossCheck.Tests.Alignment;

/// <summary>One event, or one person's origin, put in two places that exclude each other (decision 480). Made-up pairs,
/// through the path analyze takes.</summary>
public sealed class PlaceClashTests
{
    private static PairVerdict Relate(string a, string b) => OnePair.Relate(a, b);

    private static IEnumerable<string> Conflicts(PairVerdict verdict) =>
        verdict.Claims.SelectMany(c => c.Evidence).SelectMany(e => e.Conflicts);

    [Fact]
    public void One_event_near_two_places_contradicts()
    {
        var verdict = Relate(
            "The freighter ran aground near Kelvorn early on Sunday, the coastguard said.",
            "The freighter ran aground near Tasby early on Sunday, the coastguard said.");

        Assert.Equal(PairRelation.Contradicts, verdict.Relation);
        Assert.Contains("Tasby vs Kelvorn", Conflicts(verdict));
    }

    [Fact]
    public void One_person_from_two_places_contradicts()
    {
        var verdict = Relate(
            "The lottery winner, a retired nurse from Coldharbour, collected the prize on Monday.",
            "The lottery winner, a retired nurse from the village of Pellary, collected the prize on Monday.");

        Assert.Equal(PairRelation.Contradicts, verdict.Relation);
        Assert.Contains("Pellary vs Coldharbour", Conflicts(verdict));
    }

    [Fact]
    public void Two_countries_of_different_zones_contradict()
    {
        var verdict = Relate(
            "The trade summit opened in Kenya on Monday with forty delegations.",
            "The trade summit opened in Tanzania on Monday with forty delegations.");

        Assert.Equal(PairRelation.Contradicts, verdict.Relation);
        Assert.Contains("Tanzania vs Kenya", Conflicts(verdict));
    }

    [Theory]
    // A town that may lie in the country.
    [InlineData("The trade summit opened in Lamu on Monday with forty delegations.", "The trade summit opened in Kenya on Monday with forty delegations.")]
    // Different frames: a town and a stretch of coast may be one place.
    [InlineData("The tanker caught fire off Tollan on Sunday night.", "The tanker caught fire off the coast of Brenna on Sunday night.")]
    // A name said to lie in a country ("Dunmore, Kenya") against one of unknown country.
    [InlineData("The tanker caught fire off the coast of Dunmore, Kenya, on Sunday night.", "The tanker caught fire off the coast of Brenna on Sunday night.")]
    // Two parts of the event, one of them in the claim.
    [InlineData("One parcel bomb exploded near Karsk and another near Olvey on Friday.", "A parcel bomb exploded near Karsk on Friday.")]
    // Where something was said, not where it happened.
    [InlineData("The freighter ran aground on Sunday, the coastguard said at Kelvorn.", "The freighter ran aground near Tasby on Sunday, the coastguard said.")]
    // One place named two ways.
    [InlineData("The freighter ran aground near the Kelvorn lighthouse early on Sunday.", "The freighter ran aground near Kelvorn early on Sunday.")]
    public void Places_that_may_agree_do_not_clash(string a, string b)
    {
        var verdict = Relate(a, b);

        Assert.NotEqual(PairRelation.Contradicts, verdict.Relation);
    }
}
