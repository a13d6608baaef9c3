using CrossCheck.Extraction;
using CrossCheck.Pipeline;
using Microsoft.Extensions.Time.Testing;

namespace CrossCheck.Tests.Pipeline;

public sealed class PublicationDatesTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2024, 1, 10, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Undated_articles_take_the_median_date_of_their_story()
    {
        var articles = new[]
        {
            new Article("a", "a", "T", "x", Published: new PublicationDate(new DateOnly(2023, 11, 21)), PublishedFrom: PublishedFrom.Metadata),
            new Article("b", "b", "T", "x"),
            new Article("c", "c", "T", "x", Published: new PublicationDate(new DateOnly(2023, 11, 22)), PublishedFrom: PublishedFrom.Text),
            new Article("d", "d", "T", "x", Published: new PublicationDate(new DateOnly(2023, 11, 23)), PublishedFrom: PublishedFrom.Metadata),
        };

        var dated = PublicationDates.FromStory(articles);

        Assert.Equal(new DateOnly(2023, 11, 22), dated[1].Published!.Date);
        Assert.Equal(PublishedFrom.Story, dated[1].PublishedFrom);
        Assert.Equal(PublishedFrom.Text, dated[2].PublishedFrom);
    }
}
