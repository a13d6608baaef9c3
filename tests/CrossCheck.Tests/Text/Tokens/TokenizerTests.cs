using CrossCheck.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CrossCheck.Tests.Text;

public sealed class TokenizerTests
{
    private static string[] Texts(string text) => Tokenizer.Tokenize(text).Select(t => t.Text).ToArray();

    [Theory]
    [InlineData("Rama's border", new[] { "Rama's", "border" })]
    [InlineData("the country’s borders", new[] { "the", "country’s", "borders" })]
    [InlineData("ex-president F-16 well-known", new[] { "ex-president", "F-16", "well-known" })]
    [InlineData("Serbs' votes", new[] { "Serbs", "'", "votes" })]
    [InlineData("a - b", new[] { "a", "-", "b" })]
    [InlineData("the U.S. and U.S.A. at 9 a.m. today", new[] { "the", "U.S.", "and", "U.S.A.", "at", "9", "a.m.", "today" })]
    [InlineData("Dr. Smith", new[] { "Dr", ".", "Smith" })]
    [InlineData("Wait...", new[] { "Wait", "..." })]
    public void Words_keep_internal_apostrophes_hyphens_and_dotted_abbreviations(string text, string[] expected) =>
        Assert.Equal(expected, Texts(text));

    [Theory]
    [InlineData("raised to 4,500.", new[] { "raised", "to", "4,500", "." })]
    [InlineData("3.5 km", new[] { "3.5", "km" })]
    [InlineData("1,234,567.89", new[] { "1,234,567.89" })]
    [InlineData("1,2 and 3", new[] { "1", ",", "2", "and", "3" })]
    [InlineData("in 2023.", new[] { "in", "2023", "." })]
    [InlineData("the 20th and the 1990s", new[] { "the", "20th", "and", "the", "1990s" })]
    [InlineData("5km", new[] { "5", "km" })]
    [InlineData("12,5000", new[] { "12", ",", "5000" })]
    public void Numbers_keep_separators_and_decimals(string text, string[] expected) => Assert.Equal(expected, Texts(text));

    [Fact]
    public void Digits_of_other_scripts_are_numbers_and_never_stall_the_tokenizer()
    {
        var tokens = Tokenizer.Tokenize("The river rose by \u0664 metres; \u0661\u0662\u0663 people fled.");

        Assert.Contains(tokens, t => t.Kind == TokenKind.Number && t.Text == "\u0664");
        Assert.Contains(tokens, t => t.Kind == TokenKind.Number && t.Text == "\u0661\u0662\u0663");
        Assert.Equal("fled", tokens[^2].Text);
    }

    [Fact]
    public void Analysing_text_with_digits_of_other_scripts_completes()
    {
        var text = "On \u0662\u0660 November 2023, \u0661\u0662\u0663 people fled at 1\u0660:30, officials said on 2023-\u0661\u0661-22.";

        var exception = Record.Exception(() => CrossCheck.Tests.Analysis.Entities.AnalysisHelpers.Analyse(text));

        Assert.Null(exception);
    }

    [Fact]
    public void Quotes_are_punctuation_with_exact_offsets()
    {
        const string text = "“But what we do see,” he said \"twice\".";
        var tokens = Tokenizer.Tokenize(text, baseOffset: 100);
        Assert.Equal(new Token("“", 100, 101, TokenKind.Punctuation), tokens[0]);
        Assert.Equal(new Token("But", 101, 104, TokenKind.Word), tokens[1]);
        var closing = tokens.Single(t => t.Text == "”");
        Assert.Equal(text.IndexOf('”', StringComparison.Ordinal) + 100, closing.Start);
        Assert.Equal(2, tokens.Count(t => t.Text == "\""));
        Assert.Equal(TokenKind.Number, Tokenizer.Tokenize("4,500")[0].Kind);
    }

    [Fact]
    public void Surrogate_pairs_and_lone_surrogates_are_single_tokens()
    {
        var tokens = Tokenizer.Tokenize("a😀b\uD800c");
        Assert.Equal(new[] { "a", "😀", "b", "\uD800", "c" }, tokens.Select(t => t.Text));
    }

    [Property(MaxTest = 300)]
    public Property Tokens_are_exact_ordered_and_cover_every_visible_character() =>
        Prop.ForAll(TextGenerators.NewsTextArbitrary, Gen.Choose(0, 1000).ToArbitrary(), (text, offset) =>
        {
            var tokens = Tokenizer.Tokenize(text, offset);
            var covered = new bool[text.Length];
            var previousEnd = offset;
            foreach (var token in tokens)
            {
                Assert.True(token.Start >= previousEnd && token.End > token.Start);
                Assert.Equal(text[(token.Start - offset)..(token.End - offset)], token.Text);
                Assert.DoesNotContain(token.Text, char.IsWhiteSpace);
                for (var i = token.Start - offset; i < token.End - offset; i++)
                {
                    covered[i] = true;
                }

                previousEnd = token.End;
            }

            for (var i = 0; i < text.Length; i++)
            {
                Assert.True(covered[i] || char.IsWhiteSpace(text[i]), $"character {i} of '{text}' is not in a token");
            }
        });

    [Property(MaxTest = 200)]
    public Property Tokenizing_a_token_gives_the_same_token() =>
        Prop.ForAll(TextGenerators.NewsTextArbitrary, text =>
        {
            foreach (var token in Tokenizer.Tokenize(text))
            {
                var again = Tokenizer.Tokenize(token.Text);
                Assert.Single(again);
                Assert.Equal(token.Kind, again[0].Kind);
            }
        });
}
