using CrossCheck.Analysis.Quotes;
using CrossCheck.Tests.Analysis.Entities;

namespace CrossCheck.Tests.Analysis.Quotes;

public sealed class QuoteExtractorTests
{
    private static QuoteMention Single(string text)
    {
        var article = AnalysisHelpers.Analyse(text);
        var quote = Assert.Single(article.Quotes);
        Assert.Equal(quote.Text, text[quote.Start..quote.End]);
        return quote;
    }

    [Theory]
    [InlineData("“We will not back down,” said Foreign Minister Ana Petrova.", "We will not back down", "Ana Petrova")]
    [InlineData("\"We will not back down,\" Ana Petrova said.", "We will not back down", "Ana Petrova")]
    [InlineData("Ana Petrova told reporters: “We will not back down.”", "We will not back down.", "Ana Petrova")]
    [InlineData("Ana Petrova warned it could lead to “a wider war” in the region.", "a wider war", "Ana Petrova")]
    [InlineData("“It’s a mistake, and we don't accept it,” Ivo Marin insisted.", "It’s a mistake, and we don't accept it", "Ivo Marin")]
    [InlineData("“Talks are over,” according to Ivo Marin.", "Talks are over", "Ivo Marin")]
    public void Cue_verb_and_its_subject_give_the_speaker(string text, string quote, string speaker)
    {
        var found = Single(text);

        Assert.Equal(quote, found.Text);
        Assert.Equal(speaker, found.Speaker?.Text);
        Assert.Equal(SpeakerResolution.CueVerb, found.Speaker!.Resolution);
        Assert.Equal(speaker, text[found.Speaker.Start..found.Speaker.End]);
    }

    [Fact]
    public void Pronoun_resolves_to_the_last_person()
    {
        const string text = "Ana Petrova met Ivo Marin in Skopje.\nLater she said: “Nothing was agreed.”";
        var found = Single(text);

        Assert.Equal("Ivo Marin", found.Speaker?.Text);
        Assert.Equal(SpeakerResolution.Coreference, found.Speaker!.Resolution);
    }

    [Fact]
    public void Bare_role_resolves_to_the_person_with_that_role()
    {
        const string text = "Valdorian Prime Minister Ana Petrova met Ivo Marin.\n“We agreed on nothing,” the prime minister said.";
        var found = Single(text);

        Assert.Equal("Ana Petrova", found.Speaker?.Text);
        Assert.Equal(SpeakerResolution.Coreference, found.Speaker!.Resolution);
    }

    [Fact]
    public void Quote_without_cue_takes_the_speaker_from_context()
    {
        const string text = "“The border is closed,” Ivo Marin said.\n“Nobody will cross it tonight.”";
        var quotes = AnalysisHelpers.Analyse(text).Quotes;

        Assert.Equal(2, quotes.Count);
        Assert.Equal("Ivo Marin", quotes[1].Speaker?.Text);
        Assert.Equal(SpeakerResolution.Context, quotes[1].Speaker!.Resolution);
    }

    [Fact]
    public void Multi_paragraph_quote_is_split_per_paragraph_with_one_speaker()
    {
        const string text = "Ivo Marin said: “The border is closed.\n“Nobody will cross it tonight.”";
        var quotes = AnalysisHelpers.Analyse(text).Quotes;

        Assert.Equal(["The border is closed.", "Nobody will cross it tonight."], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("Ivo Marin", q.Speaker?.Text));
    }

    [Fact]
    public void Partial_quote_inside_reported_speech_is_partial_and_full_sentence_quote_is_not()
    {
        var partial = Single("Ivo Marin called the plan “a dangerous gamble” on Sunday.");
        var full = Single("“The plan is a dangerous gamble,” Ivo Marin said.");

        Assert.True(partial.IsPartial);
        Assert.False(full.IsPartial);
    }

    [Fact]
    public void Apostrophes_are_not_quote_marks()
    {
        var article = AnalysisHelpers.Analyse("Kosovo’s government and the Serbs’ leaders met. Marin's aides left.");

        Assert.Empty(article.Quotes);
    }

    [Fact]
    public void Single_quotes_pair_as_quotes()
    {
        var found = Single("Ivo Marin described the talks as ‘very difficult’ on Friday.");

        Assert.Equal("very difficult", found.Text);
        Assert.Equal("Ivo Marin", found.Speaker?.Text);
    }
}
