using CrossCheck.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CrossCheck.Tests.Text;

public sealed class WordClassGuesserTests
{
    private static (IReadOnlyList<Token> Tokens, WordClass[] Classes) Guess(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return (tokens, WordClassGuesser.Guess(tokens));
    }

    private static WordClass ClassOf(string text, string word)
    {
        var (tokens, classes) = Guess(text);
        return classes[tokens.Select(t => t.Text).ToList().IndexOf(word)];
    }

    [Theory]
    [InlineData("NATO deployed more troops to the region.", "deployed", WordClass.Verb)]
    [InlineData("NATO deployed more troops to the region.", "NATO", WordClass.ProperNoun)]
    [InlineData("NATO deployed more troops to the region.", "troops", WordClass.Noun)]
    [InlineData("NATO deployed more troops to the region.", "the", WordClass.Determiner)]
    [InlineData("NATO deployed more troops to the region.", "to", WordClass.Preposition)]
    [InlineData("Rama urged NATO to increase its presence.", "increase", WordClass.Verb)]
    [InlineData("There was an increase in tensions.", "increase", WordClass.Noun)]
    [InlineData("Russia may attempt to incite unrest.", "may", WordClass.Modal)]
    [InlineData("The talks ended in May after weeks.", "May", WordClass.ProperNoun)]
    [InlineData("Both countries seek to join the union.", "seek", WordClass.Verb)]
    [InlineData("He did not see any threat.", "not", WordClass.Negation)]
    [InlineData("Additionally, he stated that the border is open.", "Additionally", WordClass.Adverb)]
    [InlineData("Reports say the talks failed.", "Reports", WordClass.Noun)]
    [InlineData("Kosovo police arrested 30 armed men.", "30", WordClass.Number)]
    [InlineData("The group was seen near Zvecan yesterday.", "Zvecan", WordClass.ProperNoun)]
    public void Guesses_the_class_from_lexicon_and_context(string text, string word, object expected) =>
        Assert.Equal((WordClass)expected, ClassOf(text, word));

    [Theory]
    [InlineData("The Serbian side denied any involvement.", "denied", true)]
    [InlineData("Russia may attempt to incite unrest.", "may", true)]
    [InlineData("Russia may attempt to incite unrest.", "incite", false)]
    [InlineData("NATO is deliberating on sending troops.", "sending", false)]
    [InlineData("NATO is deliberating on sending troops.", "is", true)]
    [InlineData("The local Serbs didn't vote.", "didn't", true)]
    public void Finite_verbs_carry_tense(string text, string word, bool expected)
    {
        var (tokens, classes) = Guess(text);
        var index = tokens.Select(t => t.Text).ToList().IndexOf(word);
        Assert.Equal(expected, WordClassGuesser.IsFiniteVerb(tokens, classes, index));
    }

    [Fact]
    public void Closed_class_words_are_listed_by_class()
    {
        Assert.Equal(WordClass.Determiner, ClosedClassWords.ClassOf("The"));
        Assert.Equal(WordClass.CoordinatingConjunction, ClosedClassWords.ClassOf("and"));
        Assert.Equal(WordClass.Auxiliary, ClosedClassWords.ClassOf("won’t"));
        Assert.Null(ClosedClassWords.ClassOf("troops"));
    }

    [Property(MaxTest = 200)]
    public Property Every_token_gets_a_class_consistent_with_its_kind() =>
        Prop.ForAll(TextGenerators.NewsTextArbitrary, text =>
        {
            var (tokens, classes) = Guess(text);
            Assert.Equal(tokens.Count, classes.Length);
            for (var i = 0; i < tokens.Count; i++)
            {
                Assert.Equal(tokens[i].Kind == TokenKind.Punctuation, classes[i] == WordClass.Punctuation);
                Assert.Equal(tokens[i].Kind == TokenKind.Number, classes[i] == WordClass.Number);
                _ = WordClassGuesser.IsFiniteVerb(tokens, classes, i);
            }
        });
}
