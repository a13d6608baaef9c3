using CrossCheck.Alignment;

namespace CrossCheck.Tests.Alignment;

/// <summary>Contest figures that are pairs or game clocks (decision 330): a side's record of wins and losses, a score
/// line, time left or time played to the second. Made-up sentences of several sports, the sample pairs that showed the
/// problem, and sentences where no clash may be found.</summary>
public sealed class TallyClashTests
{
    private static readonly Func<bool> SameEvent = () => true;

    private static PairVerdict Relate(string a, string b) => OnePair.Relate(a, b);

    [Fact]
    public void Two_records_of_one_fighter_clash()
    {
        Assert.Equal(
            "Klitschko 53-3 vs 52-3",
            TallyClash.Find("Wladimir Klitschko, 53-3, 47 KO's, easily dismantled Rahman", "The victory took Klitschko's record to 52-3 with a remarkable 46 wins by knockout", SameEvent));
        Assert.NotNull(TallyClash.Find("Bowe (45-1, 33 KOs) had been training in Germany since September", "Former Heavyweight Champion, Riddick Bowe, 43-1, 33 KO's, returned to the ring", SameEvent));
    }

    [Fact]
    public void Records_in_other_sports_and_score_lines_clash()
    {
        Assert.NotNull(TallyClash.Find("Okafor (14-2) won the bantamweight bout on points.", "Tunde Okafor, 15-2, took the decision in the bantamweight bout.", SameEvent));
        Assert.NotNull(TallyClash.Find("The Ravens beat Millbrook 3-1 in the county final.", "The county final ended with Millbrook losing 3-2 to the Ravens, Millbrook 2-3.", SameEvent));
    }

    [Fact]
    public void The_same_record_written_differently_agrees()
    {
        Assert.Null(TallyClash.Find("Rahman (45-7-2, 36 KOs) fell in the seventh.", "Hasim Rahman, 45-7, was stopped in the seventh.", SameEvent));
        Assert.Null(TallyClash.Find("Klitschko (52-3, 46 KOs) won.", "The win took Klitschko's record to 52 - 3.", SameEvent));
    }

    [Fact]
    public void Records_of_two_sides_ranges_and_dates_are_no_clash()
    {
        Assert.Null(TallyClash.Find("Okafor (14-2) won the bout.", "Silva (12-4) lost the bout.", SameEvent));
        Assert.Null(TallyClash.Find("Between 10-12 people were hurt at Dunmore.", "Between 14-20 people were hurt at Dunmore.", SameEvent));
        Assert.Null(TallyClash.Find("The 2008-09 season ended for Dunmore.", "The 2009-10 season began for Dunmore.", SameEvent));
        Assert.Null(TallyClash.Find("Arsenal won 2-1 on Sunday.", "Arsenal won 3-1 on Sunday.", SameEvent));
    }

    [Fact]
    public void A_clash_needs_the_same_event()
    {
        Assert.Null(TallyClash.Find("Okafor (14-2) won the bout.", "Okafor, 15-2, trains in Lagos.", () => false));
    }

    [Fact]
    public void Time_left_to_the_second_clashes_across_formats()
    {
        Assert.Equal(
            "7:41 left vs 7:42 left",
            TallyClash.Find("He set the record with a bank shot with 7 minutes 41 seconds to go.", "He banked in a shot over Haarsma with 7:42 remaining in the first half.", SameEvent));
        Assert.NotNull(TallyClash.Find("Lindqvist scored with 2:05 left in the third period.", "Lindqvist's wrist shot came with 2:04 remaining in the third period.", SameEvent));
    }

    [Fact]
    public void The_same_time_left_agrees()
    {
        Assert.Null(TallyClash.Find("The shot came with 7:41 left in the 1st half.", "He scored with 7 minutes 41 seconds to go in the first half.", SameEvent));
    }

    [Fact]
    public void Times_in_different_periods_or_of_different_kinds_are_no_clash()
    {
        Assert.Null(TallyClash.Find("Lindqvist scored with 2:05 left in the second period.", "Berg scored with 4:10 left in the third period.", SameEvent));
        Assert.Null(TallyClash.Find("The referee stopped it 44 seconds into the seventh round.", "Rahman went down with 30 seconds left in the sixth round.", SameEvent));
    }

    [Fact]
    public void Time_played_clashes_with_a_mark()
    {
        Assert.Equal(
            "2:15 played vs 0:44 played",
            TallyClash.Find("The referee stopped the fight at the 2:15 mark.", "The champion finished the job 44 seconds into the seventh round.", SameEvent));
    }

    [Fact]
    public void Clock_times_of_day_are_no_game_clock()
    {
        Assert.Empty(TallyClash.GameClocks("Police apprehended Jackson at about 2:30 a.m. and left at 3:10 p.m."));
    }

    [Fact]
    public void The_judge_reports_a_record_clash()
    {
        var verdict = Relate(
            "Tunde Okafor (15-2, 9 KOs) stopped Silva in the third round in Lagos on Saturday.",
            "Okafor, 14-2, 9 KOs, stopped Silva in the third round of their Lagos bout.");

        Assert.Equal(PairRelation.Contradicts, verdict.Relation);
    }

    [Fact]
    public void A_negation_elsewhere_does_not_hide_a_game_clock_clash()
    {
        var verdict = Relate(
            "Diaz hit a floater that never looked pretty with 3:12 left in the third quarter.",
            "Diaz scored on a floater with 3:13 remaining in the third quarter.");

        Assert.Equal(PairRelation.Contradicts, verdict.Relation);
    }

    [Fact]
    public void Anchors_name_the_holder_and_the_clock_kind()
    {
        Assert.Equal(
            ["record okafor", "clock left"],
            TallyClash.Anchors("Okafor (14-2) landed the punch with 0:12 left in the third round."));
        Assert.Empty(TallyClash.Anchors("Police said 10-12 people were hurt at 2:30 a.m."));
    }
}
