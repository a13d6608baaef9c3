namespace CrossCheck.Tests.Alignment;

/// <summary>One figure of one slot stated once in each of two independent reports with different words (decision
/// 322): people present counted with any people noun, or the same counted noun with a synonymous predicate, clash
/// however little else the sentences share; figures of other happenings, additions, parts, and a slot a report states
/// twice do not. Every report here is made up for the test.</summary>
public sealed class FigureSlotTests
{
    private static bool Contradicted(string first, string second, string fragment) =>
        TwoReports.Contradicted(first, second, fragment, "Barge grounding on the Ostra");

    [Theory]
    [InlineData("There were 9 deckhands on the barge when it grounded.", "The Kellan Rose had 7 crew aboard.")]
    [InlineData("The coach was carrying 31 pupils from Dresvik.", "There were 27 children on the coach.")]
    [InlineData("There were 9 deckhands on the Kellan Rose.", "The barge had 7 crew aboard when it radioed for help at 0340 GMT.")]
    public void People_present_counted_with_different_nouns_are_one_slot(string first, string second) =>
        Assert.True(Contradicted(first, second, first[..10]));

    [Fact]
    public void The_same_counted_noun_with_a_synonymous_predicate_is_one_slot() =>
        Assert.True(TwoReports.Contradicted("Inspectors have tied 23 outbreaks to the dairy.", "Seventeen outbreaks have been linked to the plant's cheese.", "tied"));

    [Theory]
    // Those present against those a deed was done to: not one slot.
    [InlineData("There were 9 deckhands on the barge when it grounded.", "A lifeboat took 4 men off the barge.")]
    // An addition to a count given before.
    [InlineData("There were 9 deckhands on the barge when it grounded.", "A tug later brought another 12 workers to the scene.")]
    // A part of a group.
    [InlineData("There were 9 deckhands on the barge when it grounded.", "Three of the crew were on the bridge.")]
    // Things in the frame of presence are many in a story: never one slot by that frame alone.
    [InlineData("There were 40 containers on the barge when it grounded.", "Six containers were lost overboard.")]
    // Two kinds of people present, neither named only as people, crew or men: two counts.
    [InlineData("There were 40 protesters outside the court.", "There were 6 guards at the gate.")]
    public void Counts_of_other_happenings_do_not_clash(string first, string second) =>
        Assert.False(Contradicted(first, second, first[..10]));

    [Fact]
    public void A_report_that_states_the_slot_twice_is_left_to_the_judge()
    {
        // The second report counts those aboard twice (two vessels): neither of its figures is the one of that slot.
        const string Second = "There were 12 men on the tug. There were 4 men on the pilot boat.";
        Assert.False(Contradicted("There were 9 deckhands on the barge when it grounded.", Second, "deckhands"));
    }

    [Fact]
    public void Same_verb_with_a_light_verb_is_not_enough()
    {
        // "keep" and "make" share WordNet synsets; light verbs name one happening only as the same word.
        Assert.False(TwoReports.Contradicted("Burglars made off with 14 paintings.", "The gallery keeps 300 paintings in its vault.", "Burglars"));
    }
}
