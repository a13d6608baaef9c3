using CrossCheck.Evaluation;

namespace CrossCheck.Tests.Evaluation;

public sealed class TextMatchTests
{
    [Theory]
    [InlineData("\u201CMajor  unrest,\u201D", "major unrest")]
    [InlineData("Rama\u2019s", "rama's")]
    [InlineData("  It held.\n", "it held")]
    [InlineData("", "")]
    public void Normalize_ignores_case_quote_style_spacing_and_edge_punctuation(string text, string expected) =>
        Assert.Equal(expected, TextMatch.Normalize(text));

    [Fact]
    public void Containment_ratio_is_shorter_over_longer()
    {
        Assert.Equal(0.5, TextMatch.ContainmentRatio("abcd", "ab"));
        Assert.Equal(0.0, TextMatch.ContainmentRatio("abcd", "xy"));
        Assert.Equal(1.0, TextMatch.ContainmentRatio("\"Same\"", "same"));
    }

    [Theory]
    [InlineData("the Harbour Authority", "harbour authority")]
    [InlineData("A spokeswoman for the mayor", "spokeswoman for the mayor")]
    [InlineData("An aide", "aide")]
    [InlineData("Theresa Okafor", "theresa okafor")]
    [InlineData("the", "the")]
    public void Attributions_drop_a_leading_article_and_case(string source, string expected) =>
        Assert.Equal(expected, TextMatch.Attribution(source));

    [Fact]
    public void Names_drop_a_leading_the()
    {
        Assert.Equal("alliance", TextMatch.Name("the Alliance"));
        Assert.Equal("theodor", TextMatch.Name("Theodor"));
    }

    [Fact]
    public void Words_drop_a_plural_s()
    {
        Assert.True(TextMatch.Words("ethnic Serbs").Overlaps(TextMatch.Words("Serb")));
        Assert.False(TextMatch.Words("troops").Overlaps(TextMatch.Words("casualties")));
    }
}
