using CrossCheck.Ingest;
using CrossCheck.Intake;
using Microsoft.Extensions.Time.Testing;

namespace CrossCheck.Tests.Intake;

public sealed class ArticleIntakeTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2024, 1, 10, 12, 0, 0, TimeSpan.Zero));

    private static RawDocument Document(string id, DocumentFormat format, string content, DocumentMetadata? metadata = null) =>
        new(id, id + ".in", format, content, metadata ?? DocumentMetadata.None);

    [Fact]
    public void A_failure_gives_the_extractors_reason_and_names_the_input()
    {
        var result = new ArticleIntake(Clock).Take(Document("page", DocumentFormat.Html, "just words, no markup at all"));

        Assert.Null(result.Article);
        Assert.Equal("page.in: not HTML: no markup found", result.Error?.ToString());
    }

    [Fact]
    public void Repeated_ids_in_a_batch_get_a_suffix()
    {
        var text = "Title\n\nThe dam held on Tuesday, officials said.";
        var batch = new ArticleIntake(Clock).TakeAll([Document("a", DocumentFormat.PlainText, text), Document("a", DocumentFormat.PlainText, text), Document("a", DocumentFormat.PlainText, text)]);

        Assert.Equal(["a", "a-2", "a-3"], batch.Articles.Select(a => a.Id));
    }

    [Fact]
    public void The_publication_date_is_settled_from_metadata()
    {
        var text = "Title\n\nThe dam held on Tuesday, officials said.";
        var result = new ArticleIntake(Clock).Take(Document("a", DocumentFormat.PlainText, text, new DocumentMetadata(Published: "2023-11-22")));

        Assert.Equal("2023-11-22", result.Article?.Published?.ToIso());
    }

    [Fact]
    public void A_headline_alone_is_kept_only_when_asked()
    {
        var headline = Document("h", DocumentFormat.PlainText, "Only a headline\n\n");

        Assert.Null(new ArticleIntake(Clock).Take(headline).Article);
        Assert.Equal("Only a headline", new ArticleIntake(Clock, new IntakeOptions(KeepHeadlineOnly: true)).Take(headline).Article?.Text);
    }
}
