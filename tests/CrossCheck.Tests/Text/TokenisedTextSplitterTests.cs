using CrossCheck.Text;

namespace CrossCheck.Tests.Text;

/// <summary>Scraped and corpus news carries tokenisation artefacts: spaced abbreviations ("U. S.", "p. m."),
/// closing quotes detached by a space, leading decimal points ("(. 312)"). The splitter reads them back without
/// losing real sentence ends. All sentences are made up for these tests.</summary>
public sealed class TokenisedTextSplitterTests
{
    private static string[] Texts(string text) => SentenceSplitter.Split(text).Select(s => s.Text).ToArray();

    [Theory]
    [InlineData("The Vell U. S. Navy tender docked at Orrin.", new[] { "The Vell U. S. Navy tender docked at Orrin." })]
    [InlineData("Marta moved to the U. S. Her brother stayed in Tallin.", new[] { "Marta moved to the U. S.", "Her brother stayed in Tallin." })]
    [InlineData("Author J. K. Morrow spoke at the fair.", new[] { "Author J. K. Morrow spoke at the fair." })]
    [InlineData("Author J. I. Packard spoke at the fair.", new[] { "Author J. I. Packard spoke at the fair." })]
    [InlineData("Ships sail north, i. e. Vardo and Lisk, in May.", new[] { "Ships sail north, i. e. Vardo and Lisk, in May." })]
    public void Spaced_dotted_abbreviations_read_like_their_unspaced_forms(string text, string[] expected) =>
        Assert.Equal(expected, Texts(text));

    [Theory]
    [InlineData("The barge sank at 6 p. m. Tuesday near Hollin.", 1)]
    [InlineData("The barge sank at 6 p. m. GMT near Hollin.", 1)]
    [InlineData("The barge sank at 6 p. m. Rescuers reached it by dawn.", 2)]
    [InlineData("The barge sank at 6 a.m. Rescuers reached it by dawn.", 2)]
    [InlineData("The barge sank at 6 a.m. Friday near Hollin.", 1)]
    [InlineData("The barge sank at 6 a.m. on Friday.", 1)]
    [InlineData("The call starts at 9 a.m. ET on the company site.", 1)]
    [InlineData("The call starts at 9 a.m. (PT) on the company site.", 1)]
    [InlineData("The call starts at 9 a.m. Pacific time on the company site.", 1)]
    public void After_a_clock_abbreviation_only_a_day_month_zone_or_clock_word_continues_the_sentence(string text, int count) =>
        Assert.Equal(count, Texts(text).Length);

    [Theory]
    [InlineData("Ask Const. Mira Hale about the theft.", 1)]
    [InlineData("Dist. Atty. Dana Roe filed the charges.", 1)]
    [InlineData("The final was Arden vs. The Rest of the League.", 1)]
    [InlineData("The bakery stands on Elm St. The oven is older than the town.", 2)]
    [InlineData("St. Albans lies north of the bakery.", 1)]
    [InlineData("The board recalled No. A1234 on Friday.", 1)]
    [InlineData("We bought pens, paper, etc. I paid for all of it.", 2)]
    [InlineData("Her office is in Harlow, Tex. It is open on Sundays.", 2)]
    [InlineData("Her office is in Harlow, Tex. Dorne Street is nearby.", 1)]
    public void Titles_places_codes_and_the_pronoun_I_are_read_from_the_language_layer(string text, int count) =>
        Assert.Equal(count, Texts(text).Length);

    [Theory]
    [InlineData("Ana said: \"We will rebuild the pier. \"", new[] { "Ana said: \"We will rebuild the pier. \"" })]
    [InlineData("\"We will rebuild the pier. \" The mayor agreed.", new[] { "\"We will rebuild the pier. \"", "The mayor agreed." })]
    [InlineData("“ The pier will reopen. ” Crews cheered.", new[] { "“ The pier will reopen. ”", "Crews cheered." })]
    [InlineData("It was over. ’ Nobody spoke.", new[] { "It was over. ’", "Nobody spoke." })]
    [InlineData("It was over. '", new[] { "It was over. '" })]
    [InlineData("Will the ferry sail? ”asked Rhee, the harbour master.", new[] { "Will the ferry sail? ”asked Rhee, the harbour master." })]
    public void A_closing_quote_detached_by_a_space_stays_with_its_sentence(string text, string[] expected) =>
        Assert.Equal(expected, Texts(text));

    [Fact]
    public void A_sentence_ending_in_a_detached_closing_quote_is_a_statement()
    {
        var sentence = Assert.Single(SentenceSplitter.Split("The engineer said the road \"will be resurfaced in June. \""));
        Assert.Equal(SentenceKind.Statement, sentence.Kind);
        Assert.True(SentenceShape.EndsWithTerminalPunctuation("He left. ”"));
        Assert.False(SentenceShape.EndsWithTerminalPunctuation("He left ”"));
        Assert.False(SentenceShape.EndsWithTerminalPunctuation("He left.\n\n”"));
    }

    [Fact]
    public void A_detached_straight_quote_opens_no_quotation()
    {
        var spans = new List<(int Open, int Close)>();
        const string Text = "It ended. \" Then Ilse said \"go\" twice.";
        QuotedSpans.Find(Text, 0, Text.Length, spans);
        var span = Assert.Single(spans);
        Assert.Equal("\"go\"", Text[span.Open..(span.Close + 1)]);
    }

    [Theory]
    [InlineData("The team posted a. 905 average last year.", 1)]
    [InlineData("The line read: average,. 312 and climbing.", 1)]
    [InlineData("His mark (. 288) led the club.", 1)]
    [InlineData("The tourists bought a. The rest is history.", 2)]
    public void A_leading_decimal_point_is_not_a_sentence_end(string text, int count) =>
        Assert.Equal(count, Texts(text).Length);
}
