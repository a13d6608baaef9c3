namespace CrossCheck.Tests.Alignment;

/// <summary>Figures as real reports write them, through the whole pipeline: numbers tokenised with spaces, a figure
/// restated in other units in brackets, magnitudes, spans of time, ages, and the date of one happening. Every report
/// here is made up for the test.</summary>
public sealed class RealFigureTests
{
    private static bool Contradicted(string first, string second, string fragment) => TwoReports.Contradicted(first, second, fragment, "Events in Dorvik");

    [Theory]
    [InlineData("About 2, 500 people marched through Dorvik on Saturday.", "As many as 1, 900 people marched through Dorvik on Saturday.", true)]
    [InlineData("About 2, 500 people marched through Dorvik on Saturday.", "As many as 3, 000 people marched through Dorvik on Saturday.", false)]
    public void Spaced_thousands_with_bounds_clash_only_when_the_intervals_cannot_both_hold(string first, string second, bool clash) =>
        Assert.Equal(clash, Contradicted(first, second, "2, 500"));

    [Theory]
    [InlineData("The climber fell around 1,000ft (305 metres) on the Tarn ridge on Sunday.", "The climber fell 400 metres on the Tarn ridge on Sunday.", true)]
    [InlineData("The climber fell around 1,000ft (305 metres) on the Tarn ridge on Sunday.", "The climber fell about 300 metres on the Tarn ridge on Sunday.", false)]
    public void A_figure_restated_in_brackets_is_one_figure(string first, string second, bool clash) =>
        Assert.Equal(clash, Contradicted(first, second, "1,000ft"));

    [Theory]
    [InlineData("A magnitude 5.4 earthquake struck the Orm valley on Tuesday.", "The seismology office said the earthquake that struck the Orm valley on Tuesday had a magnitude of 6. 0.", true)]
    [InlineData("A magnitude 5.4 earthquake struck the Orm valley on Tuesday.", "The seismology office said the earthquake that struck the Orm valley on Tuesday had a magnitude of 5. 4.", false)]
    public void Magnitudes_of_one_quake_clash(string first, string second, bool clash) =>
        Assert.Equal(clash, Contradicted(first, second, "5.4"));

    [Theory]
    [InlineData("Anton Sell served four and a half months in jail for the fraud.", "Anton Sell spent more than two years in jail for the fraud.", true)]
    [InlineData("Anton Sell served four and a half months in jail for the fraud.", "Anton Sell spent nearly five months in jail for the fraud.", false)]
    public void Spans_of_time_are_compared_as_durations(string first, string second, bool clash) =>
        Assert.Equal(clash, Contradicted(first, second, "four and a half months"));

    [Theory]
    [InlineData("The Kestrel company sold the Varn mill for $4 million in 1988.", "The Varn mill, which the Kestrel family sold in 1992, now houses flats.", true)]
    [InlineData("The Kestrel company sold the Varn mill for $4 million in 1988.", "The Varn mill, which the Kestrel family sold in 1988, now houses flats.", false)]
    public void Years_of_one_happening_clash(string first, string second, bool clash) =>
        Assert.Equal(clash, Contradicted(first, second, "1988"));

    [Theory]
    [InlineData("Anton Sell pleaded guilty to fraud in May 2019.", "On April 3, 2019, Anton Sell pleaded guilty to fraud and began to cooperate.", true)]
    [InlineData("Anton Sell pleaded guilty to fraud in May 2019.", "On May 3, 2019, Anton Sell pleaded guilty to fraud and began to cooperate.", false)]
    [InlineData("Anton Sell pleaded guilty to fraud in 2019.", "On April 3, 2019, Anton Sell pleaded guilty to fraud and began to cooperate.", false)]
    public void Dates_of_one_happening_clash_at_the_precision_both_give(string first, string second, bool clash) =>
        Assert.Equal(clash, Contradicted(first, second, "pleaded guilty"));

    [Fact]
    public void Dates_of_one_verb_with_figures_that_differ_are_two_happenings()
    {
        Assert.False(Contradicted(
            "A fire at the Orvik sawmill killed two workers on Friday.",
            "Last year a fire at a warehouse in Orvik killed five people.",
            "killed two"));
    }

    [Theory]
    [InlineData("Dockers at Pellin staged a 24-hour strike on Monday.", "Talks with the dockers at Pellin lasted three days.", false)]
    [InlineData("Dockers at Pellin staged a 24-hour strike on Monday.", "Dockers at Pellin staged a 48-hour strike on Monday.", true)]
    public void Spans_of_time_clash_only_with_one_predicate(string first, string second, bool clash) =>
        Assert.Equal(clash, Contradicted(first, second, "24-hour"));

    [Theory]
    [InlineData("Marta Olsen, 29, was rescued off Kell Point on Sunday.", "A 34-year-old woman was rescued off Kell Point on Sunday.", true)]
    [InlineData("Marta Olsen, 29, was rescued off Kell Point on Sunday.", "Her 61-year-old father raised the alarm at Kell Point on Sunday.", false)]
    public void Ages_clash_only_when_said_of_one_happening(string first, string second, bool clash) =>
        Assert.Equal(clash, Contradicted(first, second, "Marta Olsen"));
}
