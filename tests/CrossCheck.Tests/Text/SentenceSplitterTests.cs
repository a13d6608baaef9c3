using CrossCheck.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CrossCheck.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Texts(string text) => SentenceSplitter.Split(text).Select(s => s.Text).ToArray();

    [Theory]
    [InlineData("He arrived on Nov. 20 in Skopje. He left.", new[] { "He arrived on Nov. 20 in Skopje.", "He left." })]
    [InlineData("The U.S. said so. Then it left.", new[] { "The U.S. said so.", "Then it left." })]
    [InlineData("It moved to the U.S. The move was quick.", new[] { "It moved to the U.S.", "The move was quick." })]
    [InlineData("Gen. Smith and Dr. Jones met Mr. Brown at St. Louis.", new[] { "Gen. Smith and Dr. Jones met Mr. Brown at St. Louis." })]
    [InlineData("J. R. Smith arrived. He spoke.", new[] { "J. R. Smith arrived.", "He spoke." })]
    [InlineData("He paid 3.5 million. It was late.", new[] { "He paid 3.5 million.", "It was late." })]
    [InlineData("It began at 9 a.m. on Monday. It ended.", new[] { "It began at 9 a.m. on Monday.", "It ended." })]
    [InlineData("Acme Inc. The firm grew.", new[] { "Acme Inc.", "The firm grew." })]
    [InlineData("Acme Inc. shares fell.", new[] { "Acme Inc. shares fell." })]
    [InlineData("See No. 5 here. Done.", new[] { "See No. 5 here.", "Done." })]
    [InlineData("Why? Nobody knows!", new[] { "Why?", "Nobody knows!" })]
    [InlineData("“Why?” he asked.", new[] { "“Why?” he asked." })]
    [InlineData("Wait... What happened?", new[] { "Wait...", "What happened?" })]
    public void Abbreviations_initials_and_decimals_do_not_end_sentences(string text, string[] expected) =>
        Assert.Equal(expected, Texts(text));

    [Theory]
    [InlineData("It could cause “major unrest.” Rama said.", new[] { "It could cause “major unrest.”", "Rama said." })]
    [InlineData("He said \"no.\" Then he left.", new[] { "He said \"no.\"", "Then he left." })]
    [InlineData("(This is aside.) Next one.", new[] { "(This is aside.)", "Next one." })]
    [InlineData("“We are cautious. We will act,” he said. Then he left.", new[] { "“We are cautious. We will act,” he said.", "Then he left." })]
    [InlineData("\"We wait. We see,\" he said. Next.", new[] { "\"We wait. We see,\" he said.", "Next." })]
    [InlineData("“Unclosed quote. Next sentence.", new[] { "“Unclosed quote.", "Next sentence." })]
    public void Closing_quotes_and_brackets_stay_with_their_sentence(string text, string[] expected) =>
        Assert.Equal(expected, Texts(text));

    [Fact]
    public void A_missing_space_after_a_period_before_a_capital_still_splits()
    {
        Assert.Equal(new[] { "urged Serbia to exercise restraint.", "Albanian leaders agreed." }, Texts("urged Serbia to exercise restraint.Albanian leaders agreed."));
        Assert.Equal(new[] { "Visit example.com today." }, Texts("Visit example.com today."));
    }

    [Fact]
    public void Lines_without_terminal_punctuation_are_headings_and_blank_lines_separate_paragraphs()
    {
        const string text = "Stoltenberg's trip\n\nNATO met in Skopje. Rama spoke.\n\nUnrest in Kosovo\n\nSerbs reside there.";
        var sentences = SentenceSplitter.Split(text);
        Assert.Equal(new[] { "Stoltenberg's trip", "NATO met in Skopje.", "Rama spoke.", "Unrest in Kosovo", "Serbs reside there." }, sentences.Select(s => s.Text));
        Assert.Equal(new[] { 0, 1, 1, 2, 3 }, sentences.Select(s => s.Paragraph));
        Assert.Equal(
            new[] { SentenceKind.Heading, SentenceKind.Statement, SentenceKind.Statement, SentenceKind.Heading, SentenceKind.Statement },
            sentences.Select(s => s.Kind));
        Assert.True(SentenceShape.IsHeading(sentences[3]));
        Assert.False(SentenceShape.IsHeading(sentences[4]));
    }

    [Fact]
    public void Without_blank_lines_each_line_is_a_paragraph_and_wrapped_lines_are_joined()
    {
        var sentences = SentenceSplitter.Split("Unrest in Kosovo\nSerbs reside in the north. Elections were\nheld in spring, but the\nlocal Serbs did not vote.");
        Assert.Equal(new[] { "Unrest in Kosovo", "Serbs reside in the north.", "Elections were\nheld in spring, but the\nlocal Serbs did not vote." }, sentences.Select(s => s.Text));
        Assert.Equal(new[] { 0, 1, 1 }, sentences.Select(s => s.Paragraph));
    }

    [Fact]
    public void A_caption_credit_after_a_sentence_is_a_fragment()
    {
        var sentences = SentenceSplitter.Split("Rama speaks in Skopje, 22 November 2023. EPA-EFE/GEORGI LICOVSKI\r\n\r\nNext.");
        Assert.Equal(SentenceKind.Statement, sentences[0].Kind);
        Assert.Equal("EPA-EFE/GEORGI LICOVSKI", sentences[1].Text);
        Assert.Equal(SentenceKind.Fragment, sentences[1].Kind);
        Assert.Equal(1, sentences[2].Paragraph);
    }

    [Fact]
    public void Seed_article_sentences_have_exact_offsets_and_expected_shape()
    {
        var text = SeedFiles.Read("000_57c4b5575b821834.txt");
        var sentences = SentenceSplitter.Split(text);
        Assert.Equal(SentenceKind.Heading, sentences[0].Kind);
        Assert.Contains(sentences, s => s.Text == "Unrest in Kosovo" && s.Kind == SentenceKind.Heading);
        Assert.Contains(sentences, s => s.Text.StartsWith("Rama emphasized that such activities could cause", StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.Text.StartsWith("During a November 20 visit to Kosovo", StringComparison.Ordinal));
        Assert.All(sentences, s => Assert.Equal(text[s.Start..s.End], s.Text));
        Assert.Equal(sentences.Count, sentences.Select(s => s.Index).Distinct().Count());
    }

    [Property(MaxTest = 300)]
    public Property Sentences_are_exact_trimmed_ordered_and_cover_all_text() =>
        Prop.ForAll(TextGenerators.NewsTextArbitrary, text =>
        {
            var sentences = SentenceSplitter.Split(text);
            var previousEnd = 0;
            var previousParagraph = -1;
            for (var i = 0; i < sentences.Count; i++)
            {
                var s = sentences[i];
                Assert.Equal(i, s.Index);
                Assert.True(s.Start >= previousEnd && s.End > s.Start);
                Assert.Equal(text[s.Start..s.End], s.Text);
                Assert.Equal(s.Text.Trim(), s.Text);
                Assert.InRange(s.Paragraph, Math.Max(previousParagraph, 0), previousParagraph + 1);
                Assert.True(text[previousEnd..s.Start].All(char.IsWhiteSpace), "only whitespace lies between sentences");
                previousEnd = s.End;
                previousParagraph = s.Paragraph;
            }

            Assert.True(text[previousEnd..].All(char.IsWhiteSpace));
        });

    [Property(MaxTest = 200)]
    public Property Splitting_is_stable_under_a_prefix_paragraph() =>
        Prop.ForAll(TextGenerators.NewsTextArbitrary, text =>
        {
            const string prefix = "First paragraph.\n\n";
            var plain = SentenceSplitter.Split(text);
            var prefixed = SentenceSplitter.Split(prefix + text);
            Assert.Equal(plain.Select(s => (s.Start + prefix.Length, s.End + prefix.Length)), prefixed.Skip(1).Select(s => (s.Start, s.End)));
        });
}
