using CrossCheck.Alignment;
using CrossCheck.Analysis.Quantities;
using CrossCheck.Analysis.Time;
using CrossCheck.Text;

namespace CrossCheck.Tests.Alignment;

/// <summary>What the slot reader makes of the clause around a figure or a date, on made-up sentences.</summary>
public sealed class EventSlotReaderTests
{
    private static IReadOnlyList<AlignmentUnit> Units(ArticleBuilder article)
    {
        var (_, analysed, entities) = StoryFixture.Build(null, article);
        return StoryClaims.Build(analysed, entities, LexiconRelatedness.Default).Claims.SelectMany(c => c.Profile.Units).ToList();
    }

    private static EventSlot SlotOf(IReadOnlyList<AlignmentUnit> units, string surface) =>
        units.Single(u => u.Surface == surface).Slot!;

    [Fact]
    public void Each_figure_takes_the_outcome_of_its_own_predicate()
    {
        var units = Units(new ArticleBuilder("a", "Floods killed 3 and injured 40 in the valley. 12 were injured and 5 drowned.")
            .Quantity("3", 3, QuantityQualifier.Exact, null).Quantity("40", 40, QuantityQualifier.Exact, null)
            .Quantity("12", 12, QuantityQualifier.Exact, null).Quantity("5", 5, QuantityQualifier.Exact, null));

        Assert.Equal(OutcomeSlot.Dead, SlotOf(units, "3").Outcome);
        Assert.Equal(OutcomeSlot.Injured, SlotOf(units, "40").Outcome);
        Assert.Equal(OutcomeSlot.Injured, SlotOf(units, "12").Outcome);
        Assert.Equal(OutcomeSlot.Dead, SlotOf(units, "5").Outcome);
        Assert.Equal("killed 3", SlotOf(units, "3").Excerpt);
    }

    [Fact]
    public void Lives_of_an_outcome_phrase_count_the_outcome_itself()
    {
        var units = Units(new ArticleBuilder("a", "The avalanche claimed four lives.")
            .Quantity("four", 4, QuantityQualifier.Exact, "lives"));

        Assert.Equal(OutcomeSlot.Dead, SlotOf(units, "four").Outcome);
        Assert.Null(SlotOf(units, "four").People);
    }

    [Fact]
    public void A_verb_with_its_own_figure_is_not_another_figures_outcome()
    {
        var units = Units(new ArticleBuilder("a", "The quake flattened seven hamlets and killed 10 people.")
            .Quantity("seven", 7, QuantityQualifier.Exact, "hamlets").Quantity("10", 10, QuantityQualifier.Exact, "people"));

        Assert.Equal(OutcomeSlot.None, SlotOf(units, "seven").Outcome);
        Assert.Equal(OutcomeSlot.Dead, SlotOf(units, "10").Outcome);
        Assert.Equal("killed 10 people", SlotOf(units, "10").Excerpt);
    }

    [Fact]
    public void A_figure_of_a_named_group_or_said_to_be_alone_is_a_part()
    {
        var units = Units(new ArticleBuilder("a", "Doctors said 30 of the 80 wounded stayed in hospital. In May alone, 150 people died in Ostrel.")
            .Quantity("30", 30, QuantityQualifier.Exact, null).Quantity("80", 80, QuantityQualifier.Exact, null)
            .Quantity("150", 150, QuantityQualifier.Exact, "people").Date("May", "2026-05", DateGranularity.Month).Place("Ostrel", "ostrel"));

        Assert.True(SlotOf(units, "30").Scope.Subset);
        Assert.False(SlotOf(units, "80").Scope.Subset);
        var may = SlotOf(units, "150").Scope;
        Assert.True(may.Subset);
        Assert.Equal(["2026-05"], may.Dates);
        Assert.True(may.Period);
        Assert.Equal(["ostrel"], may.Places);
    }

    [Fact]
    public void A_figure_before_including_is_the_whole_and_the_figure_after_it_the_part()
    {
        var units = Units(new ArticleBuilder("a", "The storm closed nine schools, including two in Brack. Among them were three nurseries.")
            .Quantity("nine", 9, QuantityQualifier.Exact, "schools").Quantity("two", 2, QuantityQualifier.Exact, null)
            .Quantity("three", 3, QuantityQualifier.Exact, "nurseries"));

        Assert.False(SlotOf(units, "nine").Scope.Subset);
        Assert.True(SlotOf(units, "two").Scope.Subset);
        Assert.True(SlotOf(units, "three").Scope.Subset);
    }

    [Fact]
    public void A_clause_after_a_comma_with_a_verb_of_its_own_is_not_the_figures_scope()
    {
        var units = Units(new ArticleBuilder("a", "Two people died, police in Ostrel said.")
            .Quantity("Two", 2, QuantityQualifier.Exact, "people").Place("Ostrel", "ostrel"));

        Assert.Empty(SlotOf(units, "Two").Scope.Places);
        Assert.Equal(["ostrel"], SlotOf(units, "Two").Scope.SentencePlaces);
    }

    [Fact]
    public void Dates_take_the_slot_of_what_happens_on_them()
    {
        var units = Units(new ArticleBuilder("a", "The fire broke out on Friday. The mill is closed until Monday. The strike ends on Sunday.")
            .Date("Friday", "2026-03-13").Date("Monday", "2026-03-16").Date("Sunday", "2026-03-15"));

        Assert.Equal(DateSlot.Start, SlotOf(units, "Friday").Date);
        Assert.Equal(DateSlot.Resumption, SlotOf(units, "Monday").Date);
        Assert.Equal("closed until Monday", SlotOf(units, "Monday").Excerpt);
        Assert.Equal(DateSlot.End, SlotOf(units, "Sunday").Date);
    }

    [Fact]
    public void A_distance_keeps_the_place_it_is_measured_from()
    {
        var units = Units(new ArticleBuilder("a", "The epicentre was 35 miles southwest of Kerrin.")
            .Quantity("35 miles", 35, QuantityQualifier.Exact, null, "mi").Place("Kerrin", "kerrin"));

        Assert.Equal("kerrin", SlotOf(units, "35 miles").Scope.Reference);
    }

    [Fact]
    public void A_figure_in_a_negated_clause_has_no_slot()
    {
        var units = Units(new ArticleBuilder("a", "Officials denied that 40 people had died.")
            .Quantity("40", 40, QuantityQualifier.Exact, "people"));

        Assert.Null(units.Single(u => u.Surface == "40").Slot);
    }

    [Fact]
    public void A_measurement_never_counts_an_outcome_but_keeps_its_predicate()
    {
        var units = Units(new ArticleBuilder("a", "The climber died after falling 80 metres into a crevasse.")
            .Quantity("80 metres", 80, QuantityQualifier.Exact, null, "m"));

        var slot = SlotOf(units, "80 metres");
        Assert.Equal(OutcomeSlot.None, slot.Outcome);
        Assert.Equal("fall", slot.Predicate);
    }

    [Fact]
    public void Figures_joined_by_and_before_a_verb_are_parts()
    {
        var units = Units(new ArticleBuilder("a", "Officials said two nurses and one porter died in the blaze.")
            .Quantity("two", 2, QuantityQualifier.Exact, null).Quantity("one", 1, QuantityQualifier.Exact, "porter"));

        Assert.True(SlotOf(units, "two").Scope.Conjoined);
        Assert.True(SlotOf(units, "one").Scope.Conjoined);
    }

    [Fact]
    public void A_demonym_is_no_name_of_its_own()
    {
        var units = Units(new ArticleBuilder("a", "A 40-year-old Canadian hiker died after falling 80 metres.")
            .Quantity("80 metres", 80, QuantityQualifier.Exact, null, "m"));

        Assert.Empty(SlotOf(units, "80 metres").Scope.Names);
    }

    [Fact]
    public void A_figure_next_to_an_additive_word_counts_an_addition()
    {
        var units = Units(new ArticleBuilder("a", "Another 300 volunteers came on Sunday. Crews sent four more boats. About 900 volunteers came in all.")
            .Quantity("300", 300, QuantityQualifier.Exact, "volunteers").Quantity("four", 4, QuantityQualifier.Exact, "boats")
            .Quantity("About 900", 900, QuantityQualifier.Approximate, "volunteers"));

        Assert.True(SlotOf(units, "300").Additive);
        Assert.True(SlotOf(units, "four").Additive);
        Assert.False(SlotOf(units, "About 900").Additive);
    }

    [Fact]
    public void A_figure_whose_clause_has_its_own_verb_does_not_take_an_outcome_past_a_joiner()
    {
        var units = Units(new ArticleBuilder("a", "About 300 staff were in the depot when the gunman started shooting. "
                + "Four guards were wounded when the gunman fired. Twelve drivers, all of them locals, were hurt.")
            .Quantity("About 300", 300, QuantityQualifier.Approximate, "staff").Quantity("Four", 4, QuantityQualifier.Exact, "guards")
            .Quantity("Twelve", 12, QuantityQualifier.Exact, "drivers"));

        Assert.Equal(OutcomeSlot.None, SlotOf(units, "About 300").Outcome);
        Assert.Equal(OutcomeSlot.Injured, SlotOf(units, "Four").Outcome);
        Assert.Equal(OutcomeSlot.Injured, SlotOf(units, "Twelve").Outcome);
    }

    [Fact]
    public void A_count_of_some_of_a_definite_group_is_a_part()
    {
        var units = Units(new ArticleBuilder("a", "Some 900 of the faulty heaters went to Orvik. Tarsen sold 2,000 of its kettles abroad. "
                + "The board ordered a recall of 7,000 heaters.")
            .Quantity("Some 900", 900, QuantityQualifier.Approximate, "heaters").Quantity("2,000", 2000, QuantityQualifier.Exact, "kettles")
            .Quantity("7,000", 7000, QuantityQualifier.Exact, "heaters"));

        Assert.True(SlotOf(units, "Some 900").Scope.Subset);
        Assert.True(SlotOf(units, "2,000").Scope.Subset);
        Assert.False(SlotOf(units, "7,000").Scope.Subset);
    }

    [Fact]
    public void The_event_noun_that_takes_in_a_count_is_its_governor()
    {
        var units = Units(new ArticleBuilder("a", "The office ordered a recall of more than 9,000 kettles. The recall covers nearly 7,400 kettles. "
                + "Tarnwell is recalling 8,000 kettles.")
            .Quantity("9,000", 9000, QuantityQualifier.MoreThan, "kettles").Quantity("nearly 7,400", 7400, QuantityQualifier.Approximate, "kettles")
            .Quantity("8,000", 8000, QuantityQualifier.Exact, "kettles"));

        Assert.Equal("recall", SlotOf(units, "9,000").Governor);
        Assert.Equal("recall", SlotOf(units, "nearly 7,400").Governor);
        Assert.Equal("recall", SlotOf(units, "8,000").Governor);
    }

    [Fact]
    public void A_clause_that_only_says_how_many_there_were_is_presence()
    {
        var units = Units(new ArticleBuilder("a", "There were 9 deckhands on the barge. The tug was carrying 14 pilgrims. Rescuers lifted five deckhands to safety.")
            .Quantity("9", 9, QuantityQualifier.Exact, "deckhands").Quantity("14", 14, QuantityQualifier.Exact, "pilgrims")
            .Quantity("five", 5, QuantityQualifier.Exact, "deckhands"));

        Assert.True(SlotOf(units, "9").Presence);
        Assert.True(SlotOf(units, "14").Presence);
        Assert.False(SlotOf(units, "five").Presence);
    }

    [Fact]
    public void A_bare_noun_after_and_shares_the_figure()
    {
        var units = Units(new ArticleBuilder("a", "There were 35 passengers and staff on the coach. The ferry carried 80 tourists and two guides.")
            .Quantity("35", 35, QuantityQualifier.Exact, "passengers").Quantity("80", 80, QuantityQualifier.Exact, "tourists"));

        Assert.False(SlotOf(units, "35").Scope.Conjoined);
        Assert.True(SlotOf(units, "80").Scope.Conjoined);
    }

    [Fact]
    public void An_aside_in_commas_after_the_counted_noun_does_not_end_the_clause_of_presence()
    {
        var units = Units(new ArticleBuilder("a", "About 60 people, most of them pensioners, were on the coach when it overturned.")
            .Quantity("60", 60, QuantityQualifier.Approximate, "people"));

        Assert.True(SlotOf(units, "60").Presence);
    }

    [Fact]
    public void Missing_with_an_object_after_it_is_the_verb_miss_not_the_missing()
    {
        var units = Units(new ArticleBuilder("a", "The striker sat out the spring, missing 6 of the club's 20 matches. The orchestra finished the tour, missing its two oboists. Four hikers were missing after the storm. Divers reached the missing 3 anglers.")
            .Quantity("6", 6, QuantityQualifier.Exact, null).Quantity("two", 2, QuantityQualifier.Exact, "oboists")
            .Quantity("Four", 4, QuantityQualifier.Exact, "hikers").Quantity("3", 3, QuantityQualifier.Exact, "anglers"));

        Assert.Equal(OutcomeSlot.None, SlotOf(units, "6").Outcome);
        Assert.Equal(OutcomeSlot.None, SlotOf(units, "two").Outcome);
        Assert.Equal(OutcomeSlot.Missing, SlotOf(units, "Four").Outcome);
        Assert.Equal(OutcomeSlot.Missing, SlotOf(units, "3").Outcome);
    }
}
