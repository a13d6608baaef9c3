using CrossCheck.Text;

namespace CrossCheck.Tests.Text;

public sealed class LexiconAntonymTests
{
    [Theory]
    [InlineData("increase", "decrease")] // a direct antonym link
    [InlineData("rose", "fell")] // inflected forms of frequent senses
    [InlineData("won", "lost")]
    [InlineData("reduce", "increase")] // "reduce" is a way to "decrease"
    [InlineData("soggy", "dry")] // "soggy" is like "wet"
    [InlineData("liberal", "conservative")]
    [InlineData("acquitted", "convicted")]
    public void Opposites_are_found_either_way(string a, string b)
    {
        Assert.True(Lexicon.Default.AreAntonyms(a, b), $"{a}/{b}");
        Assert.True(Lexicon.Default.AreAntonyms(b, a), $"{b}/{a}");
    }

    [Theory]
    [InlineData("say", "tell")]
    [InlineData("kill", "die")]
    [InlineData("reach", "arrive")]
    [InlineData("buy", "acquire")]
    [InlineData("rise", "increase")]
    [InlineData("flee", "escape")]
    [InlineData("increase", "increase")]
    [InlineData("the", "a")]
    [InlineData("Monday", "Wednesday")]
    public void Synonyms_relatives_and_function_words_are_not_opposites(string a, string b) =>
        Assert.False(Lexicon.Default.AreAntonyms(a, b), $"{a}/{b}");
}
