using CrossCheck.Alignment;
using CrossCheck.Analysis.Quantities;
using CrossCheck.Analysis.Time;

using static CrossCheck.Tests.Alignment.AlignedStory;

namespace CrossCheck.Tests.Alignment;

/// <summary>Figures of one outcome and dates of one date slot clash across different predicates ("killed two" /
/// "three died", "suspended until Tuesday" / "would resume on Thursday"), within one scope and one event only.
/// Every story here is made up for the test.</summary>
public sealed class EventSlotConflictTests
{
    [Fact]
    public void A_death_toll_told_with_other_predicates_and_nouns_clashes()
    {
        var gazette = new ArticleBuilder("gazette", "A blaze at the Orvik sawmill killed two night-shift workers on Friday.", "Tallow Gazette")
            .Place("Orvik", "orvik").Quantity("two", 2, QuantityQualifier.Exact, "night-shift workers").Date("Friday", "2026-03-13");
        var post = new ArticleBuilder("post", "Three people died in the sawmill fire in Orvik, the fire brigade said.", "Fenwick Post")
            .Place("Orvik", "orvik").Quantity("Three", 3, QuantityQualifier.Exact, "people");

        var claims = Align(gazette, post);

        AssertContradictedBy(ClaimOf(claims, "gazette"), "post");
        AssertContradictedBy(ClaimOf(claims, "post"), "gazette");
        Assert.Contains("Tallow Gazette says “killed two night-shift workers”", ClaimOf(claims, "gazette").Reason, StringComparison.Ordinal);
        Assert.Contains("Fenwick Post says “Three people died”", ClaimOf(claims, "gazette").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Injured_and_hurt_are_one_count()
    {
        var a = new ArticleBuilder("a", "The hailstorm injured 40 campers at the Lakemere site.", "Brook Herald")
            .Place("Lakemere", "lakemere").Quantity("40", 40, QuantityQualifier.Exact, "campers");
        var b = new ArticleBuilder("b", "Rangers said 45 people were hurt when hail struck the Lakemere campsite.", "Moor Daily")
            .Place("Lakemere", "lakemere").Quantity("45", 45, QuantityQualifier.Exact, "people");

        AssertContradictedBy(ClaimOf(Align(a, b), "a"), "b");
    }

    [Fact]
    public void A_qualified_count_that_holds_the_other_does_not_clash()
    {
        var a = new ArticleBuilder("a", "The hailstorm injured at least 40 campers at the Lakemere site.", "Brook Herald")
            .Place("Lakemere", "lakemere").Quantity("at least 40", 40, QuantityQualifier.AtLeast, "campers");
        var b = new ArticleBuilder("b", "Rangers said 45 people were hurt when hail struck the Lakemere campsite.", "Moor Daily")
            .Place("Lakemere", "lakemere").Quantity("45", 45, QuantityQualifier.Exact, "people");

        AssertNotContradicted(ClaimOf(Align(a, b), "a"));
    }

    [Fact]
    public void The_dead_and_the_injured_neither_clash_nor_confirm_each_other()
    {
        var a = new ArticleBuilder("a", "The landslide in Pellin killed 3 villagers.", "Brook Herald")
            .Place("Pellin", "pellin").Quantity("3", 3, QuantityQualifier.Exact, "villagers");
        var b = new ArticleBuilder("b", "The landslide in Pellin injured 3 villagers.", "Moor Daily")
            .Place("Pellin", "pellin").Quantity("3", 3, QuantityQualifier.Exact, "villagers");
        var c = new ArticleBuilder("c", "The landslide in Pellin injured 12 villagers.", "Dale Courier")
            .Place("Pellin", "pellin").Quantity("12", 12, QuantityQualifier.Exact, "villagers");

        var claim = ClaimOf(Align(a, b, c), "a");

        AssertNotContradicted(claim);
        Assert.NotEqual(ClaimStatus.Corroborated, claim.Status);
    }

    [Fact]
    public void A_halt_until_one_day_clashes_with_a_resumption_on_another()
    {
        var a = new ArticleBuilder("a", "Ferry services to Brell Island are suspended until Tuesday, the operator said.", "Harbour Times")
            .Place("Brell Island", "brell").Date("Tuesday", "2026-03-17");
        var b = new ArticleBuilder("b", "The operator said ferries to Brell Island would resume on Thursday.", "Coast Wire")
            .Place("Brell Island", "brell").Date("Thursday", "2026-03-19");

        var claims = Align(a, b);

        AssertContradictedBy(ClaimOf(claims, "a"), "b");
        Assert.Contains("“suspended until Tuesday”", ClaimOf(claims, "a").Reason, StringComparison.Ordinal);
        Assert.Contains("“resume on Thursday”", ClaimOf(claims, "a").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_halt_until_a_day_agrees_with_a_resumption_that_day()
    {
        var a = new ArticleBuilder("a", "Ferry services to Brell Island are suspended until Thursday, the operator said.", "Harbour Times")
            .Place("Brell Island", "brell").Date("Thursday", "2026-03-19");
        var b = new ArticleBuilder("b", "The operator said ferries to Brell Island would resume on Thursday.", "Coast Wire")
            .Place("Brell Island", "brell").Date("Thursday", "2026-03-19");

        AssertNotContradicted(ClaimOf(Align(a, b), "a"));
    }

    [Fact]
    public void Dates_of_different_slots_are_not_the_same_date()
    {
        var a = new ArticleBuilder("a", "The dock strike in Halvern began on Monday.", "Harbour Times")
            .Place("Halvern", "halvern").Date("Monday", "2026-03-16");
        var b = new ArticleBuilder("b", "The dock strike in Halvern will end on Friday.", "Coast Wire")
            .Place("Halvern", "halvern").Date("Friday", "2026-03-20");

        AssertNotContradicted(ClaimOf(Align(a, b), "a"));
    }

    [Fact]
    public void Counts_for_different_places_do_not_clash()
    {
        var a = new ArticleBuilder("a", "The floods killed 40 people in Marrow county.", "Brook Herald")
            .Place("Marrow county", "marrow").Quantity("40", 40, QuantityQualifier.Exact, "people");
        var b = new ArticleBuilder("b", "The floods killed 25 people in Dunley county.", "Moor Daily")
            .Place("Dunley county", "dunley").Quantity("25", 25, QuantityQualifier.Exact, "people");

        AssertNotContradicted(ClaimOf(Align(a, b), "a"));
    }

    [Fact]
    public void A_count_given_for_a_part_does_not_clash_with_the_whole()
    {
        var a = new ArticleBuilder("a", "The cyclone killed some 9,000 people across the Tessel delta.", "Brook Herald")
            .Place("Tessel delta", "tessel").Quantity("some 9,000", 9000, QuantityQualifier.Approximate, "people");
        var b = new ArticleBuilder("b", "About 4,000 of them died in the Karsk district alone.", "Moor Daily")
            .Place("Karsk district", "karsk").Quantity("About 4,000", 4000, QuantityQualifier.Approximate, null);

        AssertNotContradicted(ClaimOf(Align(a, b), "a"));
    }

    [Fact]
    public void A_part_larger_than_its_whole_clashes()
    {
        var a = new ArticleBuilder("a", "The fever has caused 120 deaths in Ostrel this year.", "Brook Herald")
            .Place("Ostrel", "ostrel").Quantity("120", 120, QuantityQualifier.Exact, "deaths").Date("this year", "2026", DateGranularity.Year);
        var b = new ArticleBuilder("b", "Forty people died of the fever in Ostrel in May.", "Moor Daily")
            .Place("Ostrel", "ostrel").Quantity("Forty", 40, QuantityQualifier.Exact, "people").Date("May", "2026-05", DateGranularity.Month);
        var c = new ArticleBuilder("c", "In May alone, 150 people died of the fever in Ostrel.", "Dale Courier")
            .Place("Ostrel", "ostrel").Quantity("150", 150, QuantityQualifier.Exact, "people").Date("May", "2026-05", DateGranularity.Month);

        var claims = Align(a, b, c);

        Assert.DoesNotContain(ClaimOf(claims, "a").Evidence, e => e.ArticleId == "b" && e.Relation == EvidenceRelation.Contradicts);
        AssertContradictedBy(ClaimOf(claims, "a"), "c");
    }

    [Fact]
    public void A_count_for_an_earlier_event_is_another_scope()
    {
        var a = new ArticleBuilder("a", "A fire at the Orvik sawmill killed two workers on Friday.", "Tallow Gazette")
            .Place("Orvik", "orvik").Quantity("two", 2, QuantityQualifier.Exact, "workers").Date("Friday", "2026-03-13");
        var b = new ArticleBuilder("b", "Last year a fire at a warehouse in Orvik killed five people.", "Fenwick Post")
            .Place("Orvik", "orvik").Quantity("five", 5, QuantityQualifier.Exact, "people").Date("Last year", "2025", DateGranularity.Year);

        AssertNotContradicted(ClaimOf(Align(a, b), "a"));
    }

    [Fact]
    public void Counts_of_one_outcome_in_unrelated_sentences_do_not_clash()
    {
        // Both count the arrested, but the sentences are about different events (sentence similarity 0.26).
        var a = new ArticleBuilder("a", "Police arrested 12 protesters outside the parliament.", "Brook Herald")
            .Quantity("12", 12, QuantityQualifier.Exact, "protesters");
        var b = new ArticleBuilder("b", "Customs officers detained 3 smugglers at the northern border crossing.", "Moor Daily")
            .Quantity("3", 3, QuantityQualifier.Exact, "smugglers");

        AssertNotContradicted(ClaimOf(Align(a, b), "a"));
    }

    [Fact]
    public void Counts_of_one_noun_with_one_predicate_clash()
    {
        var a = new ArticleBuilder("a", "The coach carried 48 pupils from Hollin school.", "Brook Herald")
            .Quantity("48", 48, QuantityQualifier.Exact, "pupils");
        var b = new ArticleBuilder("b", "The coach from Hollin school was carrying 52 pupils.", "Moor Daily")
            .Quantity("52", 52, QuantityQualifier.Exact, "pupils");

        AssertContradictedBy(ClaimOf(Align(a, b), "a"), "b");
    }

    [Fact]
    public void A_count_joined_to_another_noun_is_a_part_of_the_whole()
    {
        var a = new ArticleBuilder("a", "All 80 people on board were rescued.", "Brook Herald")
            .Quantity("80", 80, QuantityQualifier.Exact, "people");
        var b = new ArticleBuilder("b", "The 60 passengers and the crew of 20 were rescued by fishermen.", "Moor Daily")
            .Quantity("60", 60, QuantityQualifier.Exact, "passengers").Quantity("20", 20, QuantityQualifier.Exact, "crew");

        AssertNotContradicted(ClaimOf(Align(a, b), "a"));
    }

    [Fact]
    public void Dates_said_of_different_places_do_not_clash()
    {
        var a = new ArticleBuilder("a", "An earlier quake destroyed the town of Brask in March 2019.", "Brook Herald")
            .Place("Brask", "brask").Date("March 2019", "2019-03", DateGranularity.Month);
        var b = new ArticleBuilder("b", "An earlier quake destroyed the town of Kelm in June 2021.", "Moor Daily")
            .Place("Kelm", "kelm").Date("June 2021", "2021-06", DateGranularity.Month);

        AssertNotContradicted(ClaimOf(Align(a, b), "a"));
    }

    [Fact]
    public void A_resumption_date_is_not_the_date_of_what_happened()
    {
        var a = new ArticleBuilder("a", "The landslide hit the Orra mountain road on Tuesday.", "Brook Herald")
            .Place("Orra", "orra").Date("Tuesday", "2026-03-17");
        var b = new ArticleBuilder("b", "Officials said the Orra mountain road would reopen on Thursday.", "Moor Daily")
            .Place("Orra", "orra").Date("Thursday", "2026-03-19");

        AssertNotContradicted(ClaimOf(Align(a, b), "a"));
    }

    [Fact]
    public void Measurements_of_one_predicate_clash()
    {
        var a = new ArticleBuilder("a", "A Canadian hiker died after falling 80 metres from a ledge near the Korran pass.", "Brook Herald")
            .Place("Korran", "korran").Quantity("80 metres", 80, QuantityQualifier.Exact, null, "m");
        var b = new ArticleBuilder("b", "The hiker, 40, fell about 300 metres from the ledge near the Korran pass.", "Moor Daily")
            .Place("Korran", "korran").Quantity("about 300 metres", 300, QuantityQualifier.Approximate, null, "m").Quantity("40", 40, QuantityQualifier.Exact, null);

        AssertContradictedBy(ClaimOf(Align(a, b), "a"), "b");
    }

    [Fact]
    public void A_count_given_in_parts_does_not_clash_with_its_total()
    {
        var a = new ArticleBuilder("a", "Officials said two nurses and one porter died in the hospital blaze in Tarrow.", "Brook Herald")
            .Place("Tarrow", "tarrow").Quantity("two", 2, QuantityQualifier.Exact, null).Quantity("one", 1, QuantityQualifier.Exact, "porter");
        var b = new ArticleBuilder("b", "Three people died in the hospital blaze in Tarrow.", "Moor Daily")
            .Place("Tarrow", "tarrow").Quantity("Three", 3, QuantityQualifier.Exact, "people");

        AssertNotContradicted(ClaimOf(Align(a, b), "a"));
    }
}
