using CrossCheck.Analysis.Time;
using CrossCheck.Extraction;

namespace CrossCheck.Tests.Analysis.Time;

public sealed class PublicationDateFinderTests
{
    [Fact]
    public void Publication_stamp_wins_over_captions()
    {
        var article = new Article("a", "a", "T", "Published 21 Nov 2023 18:40\nThe summit opened in Skopje.",
            Captions: ["Leaders arrive in Skopje, 22 November 2023. EPA-EFE/GEORGI LICOVSKI"]);

        Assert.Equal("2023-11-21T18:40:00", PublicationDateFinder.FromText(article)?.ToIso());
    }

    [Fact]
    public void Published_stamp_wins_over_updated_stamp()
    {
        var article = new Article("a", "a", "T", "Updated: November 23, 2023\nPublished: November 22, 2023\nText.");

        Assert.Equal(new DateOnly(2023, 11, 22), PublicationDateFinder.FromText(article)?.Date);
    }

    [Theory]
    [InlineData("SKOPJE, Nov 22 (Reuters) - NATO leaders met on Wednesday.")]
    [InlineData("SKOPJE, 22 November 2023 (AFP) – NATO leaders met on Wednesday.")]
    [InlineData("Skopje, 22.11.2023 - NATO leaders met on Wednesday.")]
    public void Dateline_gives_the_date_taking_a_missing_year_from_the_captions(string text)
    {
        var article = new Article("a", "a", "T", text, Captions: ["Stoltenberg in Skopje, 21 November 2023. EPA-EFE/GEORGI LICOVSKI"]);

        Assert.Equal(new DateOnly(2023, 11, 22), PublicationDateFinder.FromText(article)?.Date);
    }

    [Fact]
    public void Dateline_without_year_and_without_other_evidence_gives_nothing()
    {
        var article = new Article("a", "a", "T", "SKOPJE, Nov 22 (Reuters) - NATO leaders met on Wednesday.");

        Assert.Null(PublicationDateFinder.FromText(article));
    }

    [Fact]
    public void Latest_caption_date_is_taken()
    {
        var article = new Article("a", "a", "T", "NATO leaders met.", Captions:
        [
            "Stoltenberg in Pristina, 20 November 2023. EPA-EFE/STR",
            "Rama in Skopje, 22 November 2023. EPA-EFE/GEORGI LICOVSKI",
            "A file photo of a border crossing, 3 March 2019. EPA/STR",
        ]);

        Assert.Equal(new DateOnly(2023, 11, 22), PublicationDateFinder.FromText(article)?.Date);
    }

    [Fact]
    public void Relative_dates_in_the_text_are_not_evidence()
    {
        var article = new Article("a", "a", "T", "NATO leaders met on Wednesday, November 22.\nThey will meet again next year.");

        Assert.Null(PublicationDateFinder.FromText(article));
    }

    [Theory]
    [InlineData("On 24 September 2023, conflict erupted in Kosovo between the police and armed men.\nMore text.")]
    [InlineData("Released on bail on 24 September 2023, he left the country.\nMore text.")]
    public void A_story_sentence_with_a_date_is_not_a_stamp(string text)
    {
        Assert.Null(PublicationDateFinder.FromText(new Article("a", "a", "T", text)));
    }

    [Theory]
    [InlineData("22 November 2023\nNATO leaders met in Skopje.")]
    [InlineData("Date: 22 November 2023\nNATO leaders met in Skopje.")]
    [InlineData("Posted on November 22, 2023 by Staff\nNATO leaders met in Skopje.")]
    public void A_dated_first_line_gives_the_date(string text)
    {
        Assert.Equal(new DateOnly(2023, 11, 22), PublicationDateFinder.FromText(new Article("a", "a", "T", text))?.Date);
    }

    [Fact]
    public void A_date_deep_in_the_body_is_not_evidence()
    {
        var body = "Intro line.\n" + string.Join('\n', Enumerable.Repeat("Filler sentence about the border.", 8))
            + "\nOn 24 September 2023 clashes erupted.\n" + string.Join('\n', Enumerable.Repeat("More filler text.", 8));
        var article = new Article("a", "a", "T", body);

        Assert.Null(PublicationDateFinder.FromText(article));
    }
}
