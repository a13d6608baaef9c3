using CrossCheck.Analysis.Quantities;
using CrossCheck.Tests.Analysis.Entities;
using CrossCheck.Text;

namespace CrossCheck.Tests.Analysis.Quantities;

/// <summary>"Pounds" weigh when they are pounds of something, and are money otherwise (decision 227). Made-up
/// sentences.</summary>
public sealed class PoundsTests
{
    private static QuantityMention Single(string text) => Assert.Single(AnalysisHelpers.Analyse(text).Quantities);

    [Theory]
    [InlineData("Inspectors found 60 pounds of heroin in the lorry's spare tyre.", 60)]
    [InlineData("The farm lost about 2,000 pounds of honey to the frost.", 2_000)]
    public void Pounds_of_a_substance_are_a_mass(string text, double pounds)
    {
        var quantity = Single(text);

        Assert.Equal(QuantityDimension.Mass, quantity.Dimension);
        Assert.Equal(pounds * 0.45359237, quantity.BaseValue, 3);
    }

    [Theory]
    [InlineData("The club was fined 500 pounds by the league.")]
    [InlineData("The council received 5 million pounds of funding for the bridge.")]
    public void Pounds_without_of_or_with_a_scale_word_are_money(string text) =>
        Assert.Equal(QuantityDimension.Money, Single(text).Dimension);
}
