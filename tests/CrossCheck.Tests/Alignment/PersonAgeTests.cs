namespace CrossCheck.Tests.Alignment;

/// <summary>A named person's age is the person's: two reports that give one person two ages contradict each other
/// whatever else their sentences tell. Every report here is made up for the test.</summary>
public sealed class PersonAgeTests
{
    [Theory]
    [InlineData("Marta Oleksy, 41, was treated for smoke inhalation after the blaze.", "41-year-old Marta Oleksy escaped through a window.", false)]
    [InlineData("Marta Oleksy, 41, was treated for smoke inhalation after the blaze.", "44-year-old Marta Oleksy escaped through a window.", true)]
    [InlineData("Marta Oleksy, 41, was treated for smoke inhalation after the blaze.", "Oleksy, 39, escaped through a window on the second floor.", true)]
    [InlineData("Marta Oleksy, 41, was treated for smoke inhalation after the blaze.", "Her neighbour Ivo Brandt, 39, escaped through a window.", false)]
    [InlineData("Marta Oleksy, 41, was treated for smoke inhalation after the blaze.", "A 39-year-old woman escaped through a window.", false)]
    [InlineData("Marta Oleksy, 41, was treated for smoke inhalation after the blaze.", "Her son Piotr Oleksy, 19, escaped through a window.", false)]
    public void Two_ages_of_one_named_person_clash(string first, string second, bool clash) =>
        Assert.Equal(clash, TwoReports.Contradicted(first, second, title: "Fire in Vell"));
}
