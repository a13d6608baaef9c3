using CrossCheck.Extraction;
using CrossCheck.Ingest;
using static CrossCheck.Tests.Extraction.ExtractionFixtures;

namespace CrossCheck.Tests.Extraction;

public sealed class PlainTextArticleReaderTests
{
    [Fact]
    public void Seed_starting_with_a_photo_caption_takes_its_title_from_the_next_line()
    {
        var article = ArticleExtractor.FromText(PlainText(Seed("001_8d5808cc9365c334.txt"), "001"));

        Assert.NotNull(article);
        Assert.Equal("Albanian Prime Minister Rama calls for more NATO troops in Kosovo", article.Title);
        var caption = Assert.Single(article.Captions!);
        Assert.EndsWith("EPA-EFE/GEORGI LICOVSKI", caption, StringComparison.Ordinal);
        Assert.StartsWith("Albanian Prime Minister Edi Rama has urged NATO", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("LICOVSKI", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_without_caption_uses_its_first_line_as_title()
    {
        var article = ArticleExtractor.FromText(PlainText(Seed("000_57c4b5575b821834.txt"), "000"));

        Assert.NotNull(article);
        Assert.Equal("Albanian Prime Minister urges NATO to boost the quantity of peacekeepers in Kosovo", article.Title);
        Assert.Empty(article.Captions!);
        Assert.StartsWith("Albanian Prime Minister Edi Rama urged NATO", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_title_wins_and_the_body_keeps_its_first_line()
    {
        var article = ArticleExtractor.FromText(PlainText("First paragraph.\n\nSecond paragraph.", metadata: new DocumentMetadata(Title: "Given title")));

        Assert.NotNull(article);
        Assert.Equal("Given title", article.Title);
        Assert.Equal("First paragraph.\n\nSecond paragraph.", article.Text);
    }

    [Fact]
    public void Caption_inside_the_body_is_moved_out_without_leaving_a_double_gap()
    {
        const string input = "Title line\n\nFirst paragraph.\n\nThe minister arrives in Skopje. AP Photo/Boris Grdanoski\n\nSecond paragraph.\n";

        var article = ArticleExtractor.FromText(PlainText(input));

        Assert.NotNull(article);
        Assert.Equal("Title line", article.Title);
        Assert.Equal("First paragraph.\n\nSecond paragraph.", article.Text);
        Assert.Equal(["The minister arrives in Skopje. AP Photo/Boris Grdanoski"], article.Captions);
    }

    [Fact]
    public void Text_with_only_a_title_has_no_article()
    {
        var result = ArticleExtractor.Extract(PlainText("Only a title\n\n"), Clock());

        Assert.Null(result.Article);
        Assert.Equal("no article text found", result.Failure);
    }
}
