using CrossCheck.Alignment;

namespace CrossCheck.Tests.Alignment;

public sealed class QuoteLinkerTests
{
    private static IReadOnlyList<QuoteLink> Link(params ArticleBuilder[] articles)
    {
        var (_, analysed, entities) = StoryFixture.Build(null, articles);
        return QuoteLinker.Link(analysed, entities, FakeLexicon.Empty);
    }

    private static (string, string) Texts(QuoteLink link) => (link.First.Quote.Text, link.Second.Quote.Text);

    [Fact]
    public void Same_speaker_and_context_link_differently_worded_renderings_of_one_statement()
    {
        var a = new ArticleBuilder("a",
            "Mayor Mara Dellen spoke in Orvik on Monday. Dellen said the old pipeline was leaking and was being used for illegal dumping by contractors. " +
            "Dellen warned that such practices could cause \"serious harm\" to the river. The council meets again in March.")
            .Entity("Mara Dellen", "dellen").Entity("Dellen", "dellen").Entity("Orvik", "orvik")
            .Quote("serious harm", "Dellen");
        var b = new ArticleBuilder("b",
            "Speaking in Orvik, Dellen said illegal dumping at the pipeline was out of hand. " +
            "She accused \"contractors\" of dumping waste into the river and warned it could lead to \"grave damage\". Fishing has been banned since May.")
            .Entity("Dellen", "dellen").Entity("Orvik", "orvik")
            .Quote("contractors", "Dellen").Quote("grave damage", "Dellen");

        var links = Link(a, b);

        var link = Assert.Single(links);
        Assert.Equal(("serious harm", "grave damage"), Texts(link));
        Assert.False(link.IdenticalWording);
    }

    [Fact]
    public void A_fragment_quoted_by_another_outlet_links_to_the_full_quote_with_identical_wording()
    {
        var a = new ArticleBuilder("a",
            "Dellen said the town faced no immediate danger. \"But what we do see is a rise in tensions, especially in the north,\" Dellen said.")
            .Entity("Dellen", "dellen").Quote("But what we do see is a rise in tensions, especially in the north,", "Dellen", partial: false);
        var b = new ArticleBuilder("b",
            "Dellen did acknowledge a \"rise in tensions\", especially in the north. \"We are cautious, of course,\" Dellen said.")
            .Entity("Dellen", "dellen").Quote("rise in tensions", "Dellen").Quote("We are cautious, of course,", "Dellen", partial: false);

        var links = Link(a, b);

        var link = Assert.Single(links);
        Assert.Equal("rise in tensions", link.Second.Quote.Text);
        Assert.True(link.IdenticalWording);
        Assert.True(link.Similarity > 0.5, $"similarity {link.Similarity}");
    }

    [Fact]
    public void Different_statements_of_one_speaker_are_not_linked()
    {
        var a = new ArticleBuilder("a",
            "Dellen visited the water plant on Monday. \"The water is safe to drink,\" Dellen said after the tests.")
            .Entity("Dellen", "dellen").Quote("The water is safe to drink,", "Dellen", partial: false);
        var b = new ArticleBuilder("b",
            "The storm destroyed the Orvik bridge last week. \"We will rebuild the bridge by spring,\" Dellen promised.")
            .Entity("Dellen", "dellen").Entity("Orvik", "orvik").Quote("We will rebuild the bridge by spring,", "Dellen", partial: false);

        Assert.Empty(Link(a, b));
    }

    [Fact]
    public void The_same_words_from_different_speakers_are_not_linked()
    {
        var a = new ArticleBuilder("a", "Dellen said the dam was \"completely unsafe\" after the flood.")
            .Entity("Dellen", "dellen").Quote("completely unsafe", "Dellen");
        var b = new ArticleBuilder("b", "Engineer Ivo Brant said the dam was \"completely unsafe\" after the flood.")
            .Entity("Ivo Brant", "brant").Quote("completely unsafe", "Ivo Brant");

        Assert.Empty(Link(a, b));
    }

    [Fact]
    public void Identical_quotes_of_the_same_speaker_are_linked_as_identical()
    {
        var a = new ArticleBuilder("a", "Dellen said the dam was \"completely unsafe\" after the flood.")
            .Entity("Dellen", "dellen").Quote("completely unsafe", "Dellen");
        var b = new ArticleBuilder("b", "After the flood, Mara Dellen called the dam \"completely unsafe\".")
            .Entity("Mara Dellen", "dellen").Quote("completely unsafe", "Mara Dellen");

        var link = Assert.Single(Link(a, b));
        Assert.True(link.IdenticalWording);
        Assert.Equal(1.0, link.Similarity);
    }
}
