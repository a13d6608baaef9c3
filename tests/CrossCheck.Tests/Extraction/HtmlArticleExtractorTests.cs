using CrossCheck.Extraction;
using CrossCheck.Ingest;
using static CrossCheck.Tests.Extraction.ExtractionFixtures;

namespace CrossCheck.Tests.Extraction;

public sealed class HtmlArticleExtractorTests
{
    private static Article ExtractFixture()
    {
        var result = ArticleExtractor.Extract(Html(Fixture("news-page.html")), Clock());
        Assert.Null(result.Failure);
        return result.Article!;
    }

    [Fact]
    public void Body_is_the_article_paragraphs_with_headings_on_their_own()
    {
        var article = ExtractFixture();

        const string expected = """
            The harbour bridge reopened to traffic on Wednesday morning, three weeks after a storm tore away part of its deck, the city council said.

            Engineers worked through the night to finish the last inspections, and the first buses crossed shortly after six o'clock, according to the transport authority.

            Cost of the repairs

            The council put the cost of the repairs at 4.2 million euros, more than twice its first estimate, and said it would ask the national government for help.

            "We are relieved, but this storm has shown how fragile our links to the mainland are," the mayor told reporters at the reopening.

            Residents said the closure had doubled their journey times, with many relying on a temporary ferry service that ran every half hour.
            """;
        Assert.Equal(expected.Replace("\r\n", "\n", StringComparison.Ordinal), article.Text);
    }

    [Theory]
    [InlineData("cookies")]
    [InlineData("Sport")]
    [InlineData("Share on Facebook")]
    [InlineData("Advertisement")]
    [InlineData("Related stories")]
    [InlineData("Ferries to run extra services")]
    [InlineData("newsletter")]
    [InlineData("took them far too long")]
    [InlineData("Council raises parking fees")]
    [InlineData("All rights reserved")]
    [InlineData("Photo: Sam Lens")]
    [InlineData("By Jane Example")]
    public void Page_furniture_is_left_out(string furniture) =>
        Assert.DoesNotContain(furniture, ExtractFixture().Text, StringComparison.Ordinal);

    [Fact]
    public void Metadata_is_read_from_the_page()
    {
        var article = ExtractFixture();

        Assert.Equal("Harbour bridge reopens after storm repairs", article.Title);
        Assert.Equal("Jane Example", article.Byline);
        Assert.Equal("The Valley Courier", article.Outlet);
        Assert.Equal("https://courier.example/news/2023/11/22/harbour-bridge-reopens", article.Url);
        Assert.Equal("en-GB", article.Language);
        Assert.Equal("2023-11-22T10:15:00+01:00", article.Published?.ToIso());
        Assert.Equal(PublishedFrom.Metadata, article.PublishedFrom);
    }

    [Theory]
    [InlineData("<title>Bridge reopens | The Valley Courier</title><meta property='og:site_name' content='The Valley Courier'>", "Bridge reopens")]
    [InlineData("<title>The Valley Courier - Bridge reopens</title><meta property='og:site_name' content='The Valley Courier'>", "Bridge reopens")]
    [InlineData("<title>Bridge reopens - Valley Courier News</title><link rel='canonical' href='https://valleycouriernews.example/a'>", "Bridge reopens")]
    [InlineData("<title>Mayor says: bridge - finally - reopens</title>", "Mayor says: bridge - finally - reopens")]
    public void Title_loses_the_site_name(string head, string expected)
    {
        var article = ArticleExtractor.Extract(Html($"<html><head>{head}</head><body>{Paragraphs}</body></html>"), Clock()).Article;

        Assert.Equal(expected, article?.Title);
    }

    [Theory]
    [InlineData("<meta name='parsely-pub-date' content='2019-11-19T14:05:00Z'>", "", "2019-11-19T14:05:00Z")]
    [InlineData("<meta name='DC.date.issued' content='2019-11-19'>", "", "2019-11-19")]
    [InlineData("<meta name='sailthru.date' content='2019-11-19 09:30:00'>", "", "2019-11-19T09:30:00")]
    [InlineData("", "<time datetime='2019-11-19T07:00:00-05:00'>Nov 19</time>", "2019-11-19T07:00:00-05:00")]
    [InlineData("<link rel='canonical' href='https://x.example/news/2019/11/19/story'>", "", "2019-11-19")]
    public void Publication_date_comes_from_meta_tags_time_elements_and_the_url(string head, string bodyStart, string expectedIso)
    {
        var html = $"<html><head><title>T</title>{head}</head><body>{bodyStart}{Paragraphs}</body></html>";

        var article = ArticleExtractor.Extract(Html(html), Clock()).Article;

        Assert.Equal(expectedIso, article?.Published?.ToIso());
        Assert.Equal(PublishedFrom.Metadata, article?.PublishedFrom);
    }

    [Fact]
    public void A_date_without_time_borrows_the_time_of_a_less_trusted_source_for_the_same_day()
    {
        var html = $"<html><head><meta name='date' content='2019-11-19'></head><body><time datetime='2019-11-19T07:00:00Z'>x</time>{Paragraphs}</body></html>";

        Assert.Equal("2019-11-19T07:00:00Z", ArticleExtractor.Extract(Html(html), Clock()).Article?.Published?.ToIso());
    }

    [Fact]
    public void Dated_line_near_the_headline_is_a_text_date()
    {
        var html = $"<html><body><h1>Bridge reopens</h1><div class='when'>November 19, 2019 10:15 AM</div>{Paragraphs}</body></html>";

        var article = ArticleExtractor.Extract(Html(html), Clock()).Article;

        Assert.Equal("2019-11-19T10:15:00", article?.Published?.ToIso());
        Assert.Equal(PublishedFrom.Text, article?.PublishedFrom);
    }

    [Fact]
    public void A_date_in_a_page_script_is_read_when_no_meta_tag_gives_one()
    {
        var html = $"<html><head><script>var page = {{}}; page.article.publication_date = '2020-12-06 00:15';</script></head><body>{Paragraphs}</body></html>";

        Assert.Equal("2020-12-06T00:15:00", ArticleExtractor.Extract(Html(html), Clock()).Article?.Published?.ToIso());
    }

    [Fact]
    public void An_element_classed_as_a_date_is_read_in_its_language()
    {
        var html = $"<html><body>{Paragraphs}<div class='meta'><span class='artikel-datum'>Artikel vom 3. Juli 2018</span></div></body></html>";

        var article = ArticleExtractor.Extract(Html(html), Clock()).Article;

        Assert.Equal("2018-07-03", article?.Published?.ToIso());
        Assert.Equal(PublishedFrom.Text, article?.PublishedFrom);
    }

    [Theory]
    [InlineData("<span class='fbdatum'>06.10.2017 11:15</span>", "2017-10-06T11:15:00")]
    [InlineData("<span class='date'>17/03/2020</span>", "2020-03-17")]
    [InlineData("<div class='postmetadata'>Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um 10:20 Uhr veröffentlicht</div>", "2011-12-03")]
    public void Day_first_dates_in_date_elements(string element, string expectedIso)
    {
        var html = $"<html><body>{Paragraphs}{element}</body></html>";

        Assert.Equal(expectedIso, ArticleExtractor.Extract(Html(html), Clock()).Article?.Published?.ToIso());
    }

    [Fact]
    public void A_utc_time_takes_the_page_zone_when_the_page_gives_the_same_instant_with_it()
    {
        var html = $"<html><head><meta property='article:published_time' content='2020-02-25T02:25:54Z'><script>var d = {{\"datePublished\":\"2020-02-24T21:25:54-05:00\"}};</script></head><body>{Paragraphs}</body></html>";

        Assert.Equal("2020-02-24T21:25:54-05:00", ArticleExtractor.Extract(Html(html), Clock()).Article?.Published?.ToIso());
    }

    [Theory]
    [InlineData("<h1>Tipp im November</h1><p class='caption'><br>01. November 2021 | Redaktion</p>", "2021-11-01")]
    [InlineData("<h1>Neue Regeln</h1><ul><li><span>Datum:</span>26. Januar 2022</li></ul>", "2022-01-26")]
    [InlineData("<h2 class='post'><a href='/blog/2020/01/13/a-long-journey'>A long journey</a></h2>", "2020-01-13")]
    public void Dates_near_the_headline_in_blocks_with_inline_markup_or_in_its_link(string head, string expectedIso)
    {
        var html = $"<html><body>{head}{Paragraphs}</body></html>";

        Assert.Equal(expectedIso, ArticleExtractor.Extract(Html(html), Clock()).Article?.Published?.ToIso());
    }

    [Fact]
    public void A_date_in_the_page_title_is_a_late_source()
    {
        var html = $"<html><head><title>Elephants lose their land | Wire | 23.05.2011</title></head><body>{Paragraphs}</body></html>";

        Assert.Equal("2011-05-23", ArticleExtractor.Extract(Html(html), Clock()).Article?.Published?.ToIso());
    }

    [Fact]
    public void The_modification_time_is_the_last_resort()
    {
        var html = $"<html><head><meta http-equiv='Last-Modified' content='2020-04-08T05:08:51+05:30'></head><body>{Paragraphs}</body></html>";

        Assert.Equal("2020-04-08T05:08:51+05:30", ArticleExtractor.Extract(Html(html), Clock()).Article?.Published?.ToIso());
    }

    [Fact]
    public void A_page_without_article_text_still_gives_its_date()
    {
        var html = "<html><head><title>Index</title><meta property='article:published_time' content='2020-01-23T10:34:00Z'></head><body><nav><a href='/'>Home</a></nav></body></html>";

        var result = ArticleExtractor.Extract(Html(html), Clock());

        Assert.Null(result.Article);
        Assert.Equal("2020-01-23T10:34:00Z", result.PageOnly?.Published?.ToIso());
        Assert.Equal(string.Empty, result.PageOnly?.Text);
    }

    [Fact]
    public void Dates_after_the_crawl_time_are_rejected_for_the_next_source()
    {
        var html = $"<html><head><meta property='article:published_time' content='2031-01-01T00:00:00Z'><meta name='date' content='2026-11-20'></head><body>{Paragraphs}</body></html>";

        var article = ArticleExtractor.Extract(Html(html), Clock()).Article;

        Assert.Equal("2026-11-20", article?.Published?.ToIso());
    }

    [Fact]
    public void A_date_given_with_the_input_is_left_to_the_pipeline()
    {
        var html = $"<html><head><meta name='date' content='2019-11-19'></head><body>{Paragraphs}</body></html>";

        var article = ArticleExtractor.Extract(Html(html, metadata: new DocumentMetadata(Published: "2020-01-01")), Clock()).Article;

        Assert.Null(article?.Published);
        Assert.Equal(PublishedFrom.None, article?.PublishedFrom);
    }

    [Theory]
    [InlineData("", "empty document")]
    [InlineData("just some words without any markup at all", "not HTML: no markup found")]
    [InlineData("\0\u0001\u0002\u0003\0\0\u0004binary\0\0\0\u0005", "binary content, not HTML")]
    [InlineData("<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text found")]
    [InlineData("<html><head><title>Trunc", "no article text found")]
    public void Bad_input_gets_a_reason_instead_of_an_article(string html, string reason)
    {
        var result = ArticleExtractor.Extract(Html(html), Clock());

        Assert.Null(result.Article);
        Assert.Equal(reason, result.Failure);
    }

    [Fact]
    public void Article_split_into_loose_text_and_line_breaks_is_found()
    {
        var html = "<html><body><div class='menu'><a href='/'>Home</a> <a href='/b'>Business</a></div>"
            + "<div class='story'>The council approved the budget on Tuesday, after a debate that lasted six hours.<br><br>"
            + "Opposition members walked out before the vote, saying the spending cuts went too far.<br></div></body></html>";

        var article = ArticleExtractor.Extract(Html(html), Clock()).Article;

        Assert.Equal(
            "The council approved the budget on Tuesday, after a debate that lasted six hours.\n\nOpposition members walked out before the vote, saying the spending cuts went too far.",
            article?.Text);
    }

    private const string Paragraphs =
        "<div><p>The harbour bridge reopened to traffic on Wednesday morning, three weeks after a storm tore away part of its deck.</p>"
        + "<p>Engineers worked through the night to finish the last inspections, and the first buses crossed shortly after six.</p></div>";
}
