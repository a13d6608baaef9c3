using CrossCheck.Extraction;
using CrossCheck.Intake;
using CrossCheck.Pipeline;
using Microsoft.Extensions.Time.Testing;

namespace CrossCheck.Tests.Analysis.Time;

/// <summary>How the Time stage's finders feed <see cref="PublicationDates"/>.</summary>
public sealed class StoryPublicationDateTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2024, 1, 10, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Undated_article_reporting_a_later_event_of_the_story_takes_that_date()
    {
        var articles = new[]
        {
            Dated("a", 2023, 11, 20),
            Dated("b", 2023, 11, 21),
            Dated("c", 2023, 11, 23),
            new Article("d", "d", "T", "The summit in Skopje on 22 November 2023 ended without a deal. The war ended in 1999."),
        };

        var dated = PublicationDates.FromStory(articles);

        Assert.Equal(new DateOnly(2023, 11, 22), dated[3].Published!.Date);
        Assert.Equal(PublishedFrom.Story, dated[3].PublishedFrom);
    }

    [Fact]
    public void Undated_article_whose_dates_lie_outside_the_story_takes_the_median()
    {
        var articles = new[]
        {
            Dated("a", 2023, 11, 20),
            Dated("b", 2023, 11, 21),
            Dated("c", 2023, 11, 23),
            new Article("d", "d", "T", "The talks will resume on 15 March 2024, after the accord of 2 June 2019."),
        };

        var dated = PublicationDates.FromStory(articles);

        Assert.Equal(new DateOnly(2023, 11, 21), dated[3].Published!.Date);
    }

    [Fact]
    public void Caption_date_becomes_the_publication_date_from_text()
    {
        var article = new Article("a", "a", "T", "NATO leaders met.", Captions: ["Rama in Skopje, 22 November 2023. EPA-EFE/GEORGI LICOVSKI"]);

        var dated = IntakeDates.FromArticle(article, metadataValue: null, Clock);

        Assert.Equal(new DateOnly(2023, 11, 22), dated.Published!.Date);
        Assert.Equal(PublishedFrom.Text, dated.PublishedFrom);
    }

    [Fact]
    public void Metadata_time_of_day_and_offset_are_kept()
    {
        var article = new Article("a", "a", "T", "Body.");

        var dated = IntakeDates.FromArticle(article, "Wed, 22 Nov 2023 10:15:00 +0100", Clock);

        Assert.Equal("2023-11-22T10:15:00+01:00", dated.Published!.ToIso());
    }

    private static Article Dated(string id, int year, int month, int day) =>
        new(id, id, "T", "x", Published: new PublicationDate(new DateOnly(year, month, day)), PublishedFrom: PublishedFrom.Metadata);
}
