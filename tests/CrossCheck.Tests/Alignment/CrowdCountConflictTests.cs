using CrossCheck.Alignment;
using CrossCheck.Analysis.Quantities;

using static CrossCheck.Tests.Alignment.AlignedStory;

namespace CrossCheck.Tests.Alignment;

/// <summary>Counts of one crowd told with different predicates ("as many as 8,000 people gathered" / "police put
/// the rally at roughly 15,000 people") clash as one slot (decision 270); an addition to a count, a count narrowed to
/// a place the other report does not name, or a count of an outcome (the arrested) does not. Every story here is made
/// up for the test.</summary>
public sealed class CrowdCountConflictTests
{
    private static ArticleBuilder PoliceEstimate() =>
        new ArticleBuilder("estimate", "Police put the rally against the pension cuts at roughly 15,000 people.", "Fenwick Post")
            .Quantity("15,000", 15000, QuantityQualifier.Approximate, "people");

    [Fact]
    public void One_crowd_counted_with_other_verbs_clashes()
    {
        var gathered = new ArticleBuilder("gathered", "As many as 8,000 people gathered for the rally against the pension cuts, organisers said.", "Tallow Gazette")
            .Quantity("8,000", 8000, QuantityQualifier.AtMost, "people");

        var claims = Align(gathered, PoliceEstimate());

        AssertContradictedBy(ClaimOf(claims, "gathered"), "estimate");
        AssertContradictedBy(ClaimOf(claims, "estimate"), "gathered");
    }

    [Fact]
    public void A_bound_that_holds_the_other_count_does_not_clash()
    {
        var gathered = new ArticleBuilder("gathered", "As many as 16,000 people gathered for the rally against the pension cuts, organisers said.", "Tallow Gazette")
            .Quantity("16,000", 16000, QuantityQualifier.AtMost, "people");

        AssertNotContradicted(ClaimOf(Align(gathered, PoliceEstimate()), "gathered"));
    }

    [Fact]
    public void A_count_added_to_another_is_not_the_crowd()
    {
        var joined = new ArticleBuilder("joined", "A further 3,000 people joined the rally against the pension cuts in the afternoon.", "Tallow Gazette")
            .Quantity("3,000", 3000, QuantityQualifier.Exact, "people");

        AssertNotContradicted(ClaimOf(Align(joined, PoliceEstimate()), "joined"));
    }

    [Fact]
    public void A_count_in_a_place_the_other_report_does_not_name_is_another_crowd()
    {
        var town = new ArticleBuilder("town", "In Dresk, 2,000 people marched in the rally against the pension cuts.", "Tallow Gazette")
            .Place("Dresk", "dresk").Quantity("2,000", 2000, QuantityQualifier.Exact, "people");

        AssertNotContradicted(ClaimOf(Align(town, PoliceEstimate()), "town"));
    }

    [Fact]
    public void The_place_most_of_the_story_names_is_its_setting_and_does_not_narrow_the_count()
    {
        var gathered = new ArticleBuilder("gathered", "As many as 8,000 people gathered in Varnholt for the rally against the pension cuts, organisers said. "
                + "The march through Varnholt ended peacefully in the evening. Shops in Varnholt closed early.", "Tallow Gazette")
            .Place("Varnholt", "varnholt").Quantity("8,000", 8000, QuantityQualifier.AtMost, "people");
        var estimate = new ArticleBuilder("estimate", "Police put the rally against the pension cuts at roughly 15,000 people. "
                + "Trams in Varnholt stopped for the afternoon. The mayor of Varnholt praised the calm.", "Fenwick Post")
            .Place("Varnholt", "varnholt").Quantity("15,000", 15000, QuantityQualifier.Approximate, "people");

        AssertContradictedBy(ClaimOf(Align(gathered, estimate), "gathered"), "estimate");
    }

    [Fact]
    public void A_place_named_once_in_the_story_narrows_the_count()
    {
        var gathered = new ArticleBuilder("gathered", "As many as 8,000 people gathered in Varnholt for the rally against the pension cuts, organisers said. "
                + "The march ended peacefully in the evening. Shops closed early.", "Tallow Gazette")
            .Place("Varnholt", "varnholt").Quantity("8,000", 8000, QuantityQualifier.AtMost, "people");
        var estimate = new ArticleBuilder("estimate", "Police put the rally against the pension cuts at roughly 15,000 people. "
                + "Trams stopped for the afternoon. The mayor praised the calm.", "Fenwick Post")
            .Quantity("15,000", 15000, QuantityQualifier.Approximate, "people");

        AssertNotContradicted(ClaimOf(Align(gathered, estimate), "gathered"));
    }

    [Fact]
    public void A_count_for_the_whole_country_is_not_one_rally()
    {
        var country = new ArticleBuilder("country", "As many as 9,000 people took to the streets as part of the nationwide walkouts against the pension cuts.", "Tallow Gazette")
            .Quantity("9,000", 9000, QuantityQualifier.AtMost, "people");

        AssertNotContradicted(ClaimOf(Align(country, PoliceEstimate()), "country"));
    }

    [Fact]
    public void The_arrested_are_not_the_crowd()
    {
        var arrests = new ArticleBuilder("arrests", "Police arrested 40 people at the rally against the pension cuts.", "Tallow Gazette")
            .Quantity("40", 40, QuantityQualifier.Exact, "people");

        AssertNotContradicted(ClaimOf(Align(arrests, PoliceEstimate()), "arrests"));
    }
}
