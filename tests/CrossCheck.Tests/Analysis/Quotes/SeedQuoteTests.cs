using CrossCheck.Analysis.Entities;
using CrossCheck.Analysis.Quotes;
using CrossCheck.Tests.Analysis.Entities;

namespace CrossCheck.Tests.Analysis.Quotes;

public sealed class SeedQuoteTests
{
    private static readonly EntityIndex Index = EntityResolver.Resolve(SeedArticles.All);

    [Theory]
    [InlineData(SeedArticles.Rama, "major unrest", true, "Edi Rama")]
    [InlineData(SeedArticles.Rama, "But what we do see is an increase in tensions, especially in Kosovo", false, "Jens Stoltenberg")]
    [InlineData(SeedArticles.Balkan, "out of control", true, "Edi Rama")]
    [InlineData(SeedArticles.Balkan, "ultranationalists", true, "Edi Rama")]
    [InlineData(SeedArticles.Balkan, "great disturbances", true, "Edi Rama")]
    [InlineData(SeedArticles.Balkan, "increase in tensions", true, "Jens Stoltenberg")]
    public void Seed_quotes_have_the_right_speaker_entity(string articleId, string quote, bool partial, string speaker)
    {
        var article = SeedArticles.Get(articleId);
        var found = Assert.Single(article.Quotes, q => q.Text == quote);

        Assert.Equal(partial, found.IsPartial);
        Assert.NotNull(found.Speaker);
        Assert.Equal(found.Text, article.Article.Text[found.Start..found.End]);
        Assert.Equal(Index.EntityNamed(speaker).Id, Index.EntityIdOf(articleId, found.Speaker!.Start, found.Speaker.End));
    }

    [Fact]
    public void Multi_sentence_full_quote_is_attributed_by_the_cue_after_it()
    {
        var article = SeedArticles.Get(SeedArticles.Balkan);
        var quote = Assert.Single(article.Quotes, q => q.Text.StartsWith("We are cautious", StringComparison.Ordinal));

        Assert.False(quote.IsPartial);
        Assert.EndsWith("defend our allies", quote.Text, StringComparison.Ordinal);
        Assert.Equal("Stoltenberg", quote.Speaker!.Text);
        Assert.Equal(SpeakerResolution.CueVerb, quote.Speaker.Resolution);
    }

    [Fact]
    public void Pronoun_speaker_carries_the_antecedent_offsets()
    {
        var article = SeedArticles.Get(SeedArticles.Balkan);
        var quote = Assert.Single(article.Quotes, q => q.Text == "great disturbances");

        Assert.Equal(SpeakerResolution.Coreference, quote.Speaker!.Resolution);
        Assert.Contains(article.Mentions, m => m.Start == quote.Speaker.Start && m.End == quote.Speaker.End);
    }

    [Fact]
    public void The_seeds_hold_exactly_the_quoted_spans()
    {
        Assert.Equal(2, SeedArticles.Get(SeedArticles.Rama).Quotes.Count);
        Assert.Equal(5, SeedArticles.Get(SeedArticles.Balkan).Quotes.Count);
    }
}
