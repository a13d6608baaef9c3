namespace CrossCheck.Tests.Alignment;

/// <summary>Ages in apposition ("Oren Vask Jr., 47,"): an age, not a count, and the age of the name right before
/// it, so ages of two different people never clash. Every report here is made up for the test.</summary>
public sealed class ApposedAgeTests
{
    private static bool Contradicted(string first, string second) =>
        ReportDateTests.Contradicted((first, "2026-09-05"), (second, "2026-09-05"));

    [Theory]
    [InlineData("Oren Vask Jr. is serving three life sentences for the Cresswell robberies.", false)]
    [InlineData("Oren Vask Jr., 52, is serving a life sentence for the Cresswell robberies.", true)]
    public void An_age_after_a_name_suffix_is_compared_only_with_ages(string other, bool clash) =>
        Assert.Equal(clash, Contradicted("Oren Vask Jr., 47, is serving a life sentence for the Cresswell robberies.", other));

    [Theory]
    [InlineData("Mira Teal, 43, then shot Ana Lorr in the head and Oskar Brenn in the side, police said.", "Ana Lorr, 36, was shot in the head and Oskar Brenn, 47, was shot in the side.", false)]
    [InlineData("Teal, 43, then shot Ana Lorr in the head and Oskar Brenn in the side, police said.", "Ana Lorr, 36, was shot in the head and Oskar Brenn, 47, was shot in the side.", false)]
    [InlineData("Mira Teal, 43, then shot Ana Lorr in the head and Oskar Brenn in the side, police said.", "Teal, 47, then shot Ana Lorr in the head and Oskar Brenn in the side.", true)]
    [InlineData("Mira Teal, 43, then shot Ana Lorr in the head and Oskar Brenn in the side, police said.", "Mira Teal, 47, then shot Ana Lorr in the head and Oskar Brenn in the side.", true)]
    [InlineData("Mira Teal, 43, then shot Ana Lorr in the head and Oskar Brenn in the side, police said.", "A 47-year-old woman then shot Ana Lorr in the head and Oskar Brenn in the side.", true)]
    public void Ages_of_two_named_people_do_not_clash(string first, string second, bool clash) =>
        Assert.Equal(clash, Contradicted(first, second));
}
