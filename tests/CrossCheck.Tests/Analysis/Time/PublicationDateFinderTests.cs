using CrossCheck.Analysis.Time;
using CrossCheck.Extraction;

namespace CrossCheck.Tests.Analysis.Time;

public sealed class PublicationDateFinderTests
{
    [Theory]
    [InlineData("2023-11-22", "2023-11-22")]
    [InlineData("2023-11-22T10:15:00Z", "2023-11-22T10:15:00Z")]
    [InlineData("2023-11-22T10:15:00+01:00", "2023-11-22T10:15:00+01:00")]
    [InlineData("2023-11-22T10:15:00.123-0500", "2023-11-22T10:15:00-05:00")]
    [InlineData("2023-11-22 10:15", "2023-11-22T10:15:00")]
    [InlineData("Wed, 22 Nov 2023 10:15:00 GMT", "2023-11-22T10:15:00Z")]
    [InlineData("Wed, 22 Nov 2023 10:15:00 +0100", "2023-11-22T10:15:00+01:00")]
    [InlineData("22 Nov 23 10:15 EST", "2023-11-22T10:15:00-05:00")]
    [InlineData("22 November 2023", "2023-11-22")]
    [InlineData("November 22, 2023", "2023-11-22")]
    [InlineData("Nov. 22, 2023 10:15 AM EST", "2023-11-22T10:15:00-05:00")]
    [InlineData("Wednesday, November 22, 2023 at 3:05 p.m.", "2023-11-22T15:05:00")]
    [InlineData("22.11.2023", "2023-11-22")]
    [InlineData("1700648100", "2023-11-22T10:15:00Z")]
    [InlineData("1700648100000", "2023-11-22T10:15:00Z")]
    public void Metadata_formats_are_parsed_with_time_and_offset(string value, string expectedIso)
    {
        Assert.Equal(expectedIso, PublicationDateFinder.ParseMetadata(value)?.ToIso());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("yesterday")]
    [InlineData("not a date at all")]
    [InlineData("2023-13-45")]
    [InlineData("31 February 2023")]
    [InlineData("12345")]
    [InlineData("05/06/2023")]
    [InlineData("Nov 2023 was cold")]
    [InlineData("2023-11-22T25:61:00")]
    public void Garbage_metadata_is_rejected(string? value)
    {
        Assert.Null(PublicationDateFinder.ParseMetadata(value));
    }

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

    [Fact]
    public void A_date_deep_in_the_body_is_not_evidence()
    {
        var body = "Intro line.\n" + string.Join('\n', Enumerable.Repeat("Filler sentence about the border.", 8))
            + "\nOn 24 September 2023 clashes erupted.\n" + string.Join('\n', Enumerable.Repeat("More filler text.", 8));
        var article = new Article("a", "a", "T", body);

        Assert.Null(PublicationDateFinder.FromText(article));
    }
}
