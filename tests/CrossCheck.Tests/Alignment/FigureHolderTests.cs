namespace CrossCheck.Tests.Alignment;

/// <summary>Figures held by differently named people are two slots: one player's points, one climber's height, one
/// candidate's votes never contradict another's. Every report here is made up for the test.</summary>
public sealed class FigureHolderTests
{
    [Theory]
    [InlineData("Forward Lena Ostrova scored 31 points for the Harriers.", "Guard Mika Dell added 12 points for the Harriers.", false)]
    [InlineData("Forward Lena Ostrova scored 31 points for the Harriers.", "Forward Lena Ostrova scored 27 points for the Harriers.", true)]
    [InlineData("Forward Lena Ostrova scored 31 points for the Harriers.", "Ostrova finished with 27 points for the Harriers.", true)]
    [InlineData("Candidate Piet Aalders won 41,200 votes in the northern district.", "Candidate Rosa Hemme won 39,800 votes in the northern district.", false)]
    [InlineData("Candidate Piet Aalders won 41,200 votes in the northern district.", "Aalders won 38,900 votes in the northern district.", true)]
    [InlineData("Guard Mika Dell had 12 rebounds in the final.", "Centre Lena Ostrova had 9 rebounds in the final.", false)]
    public void Figures_of_two_named_people_do_not_clash(string first, string second, bool clash) =>
        Assert.Equal(clash, TwoReports.Contradicted(first, second));

    [Theory]
    [InlineData("In Dunmore Vale 14 homes were destroyed by the blaze.", "In Dunmore Vale 9 homes were destroyed by the blaze.")]
    [InlineData("The blaze near Oskar Brenn's farm destroyed 14 homes.", "The blaze near Oskar Brenn's farm destroyed 9 homes.")]
    public void A_name_that_is_not_the_subject_holds_no_figure(string first, string second) =>
        Assert.True(TwoReports.Contradicted(first, second));
}
