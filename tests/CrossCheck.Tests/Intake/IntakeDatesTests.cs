using CrossCheck.Extraction;
using CrossCheck.Intake;
using Microsoft.Extensions.Time.Testing;

namespace CrossCheck.Tests.Intake;

public sealed class IntakeDatesTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2024, 1, 10, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Metadata_date_is_used_and_recorded_as_metadata()
    {
        var article = new Article("a", "a.txt", "Title", "Body.");

        var dated = IntakeDates.FromArticle(article, "2023-11-22", Clock);

        Assert.Equal(new DateOnly(2023, 11, 22), dated.Published!.Date);
        Assert.Equal(PublishedFrom.Metadata, dated.PublishedFrom);
    }

    [Fact]
    public void Metadata_date_in_the_future_of_the_clock_is_rejected()
    {
        var article = new Article("a", "a.txt", "Title", "Body.");

        var dated = IntakeDates.FromArticle(article, "2031-05-01", Clock);

        Assert.Null(dated.Published);
        Assert.Equal(PublishedFrom.None, dated.PublishedFrom);
    }
}
