using CrossCheck.Dossiers;
using CrossCheck.Ingest;
using CrossCheck.Pipeline;
using Microsoft.Extensions.Time.Testing;

namespace CrossCheck.Tests.Alignment;

/// <summary>Dates that reports written on different days give one happening: "last week" written on a Saturday
/// also covers the Monday of that same week (the seven days before the report), while "last month" keeps its
/// calendar bounds. Every report here is made up for the test.</summary>
public sealed class ReportDateTests
{
    internal static StoryDossier Analyse((string Text, string Published) first, (string Text, string Published) second)
    {
        RawDocument Report(string id, string outlet, string text, string published) =>
            new(id, id + ".md", DocumentFormat.PlainText, text, new DocumentMetadata("Events in Fenmoor", outlet, null, published));
        var engine = new CrossCheckEngine(new CrossCheckOptions(), new FakeTimeProvider(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero)));
        var articles = engine.ExtractAsync([Report("a", "Tarn Wire", first.Text, first.Published), Report("b", "Northgate Post", second.Text, second.Published)])
            .GetAwaiter().GetResult().Articles;
        var result = engine.AnalyseAsync(articles, [new("s", "Fenmoor", ["a", "b"], new Dictionary<string, string>())]).GetAwaiter().GetResult();
        return Assert.Single(result.Document.Stories);
    }

    internal static bool Contradicted((string, string) first, (string, string) second)
    {
        var story = Analyse(first, second);
        var claim = story.Claims.First(c => c.ArticleId == "a");
        return claim.Evidence.Any(e => e.ArticleId == "b" && e.Relation == EvidenceRelationValue.Contradicts);
    }

    private const string LastWeek = "Dara Holm escaped last week while guards were moving her from the Cresswell jail to the Fenmoor unit.";

    // 2026-09-05 is a Saturday; 2026-08-31 the Monday of its ISO week, 2026-08-24 the Monday before, 2026-09-14 a
    // Monday nine days after it.
    [Theory]
    [InlineData("2026-08-31", false)]
    [InlineData("2026-08-24", false)]
    [InlineData("2026-09-14", true)]
    public void Last_week_written_on_a_Saturday_holds_the_Monday_of_that_week(string published, bool clash) =>
        Assert.Equal(clash, Contradicted(
            (LastWeek, "2026-09-05"),
            ("Dara Holm escaped on Monday from a van as guards were moving her from the Cresswell jail to the Fenmoor unit.", published)));

    [Fact]
    public void Last_month_keeps_its_calendar_bounds() =>
        Assert.True(Contradicted(
            ("Dara Holm escaped last month while guards were moving her from the Cresswell jail to the Fenmoor unit.", "2026-09-05"),
            ("Dara Holm escaped on Thursday from a van as guards were moving her from the Cresswell jail to the Fenmoor unit.", "2026-09-04")));
}
