using CrossCheck.Alignment;
using CrossCheck.Analysis;
using CrossCheck.Analysis.Entities;
using CrossCheck.Clustering;
using CrossCheck.Ingest;
using CrossCheck.Pipeline;
using Microsoft.Extensions.Time.Testing;

namespace CrossCheck.Tests.Alignment;

/// <summary>The founding example, end to end through the real analysis stages: the two seed reports
/// (read from ../shared/seeds beside the repository).</summary>
public sealed class SeedAlignmentTests
{
    private const string First = "000_57c4b5575b821834";
    private const string Second = "001_8d5808cc9365c334";

    private static readonly Lazy<(IReadOnlyList<AssessedClaim> Claims, IReadOnlyList<QuoteLink> Links)> Seeds = new(Analyse);

    private static (IReadOnlyList<AssessedClaim>, IReadOnlyList<QuoteLink>) Analyse()
    {
        var loaded = DocumentLoader.Load([TestPaths.Seeds]);
        var pipeline = new CrossCheckPipeline(new FakeTimeProvider(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        var (articles, _) = pipeline.Extract(loaded.Documents);
        var analysed = PublicationDates.FromStory(articles).Select(ArticleAnalyser.Analyse).ToList();
        var entities = EntityResolver.Resolve(analysed);
        var story = new Story("seeds", "seeds", analysed.Select(a => a.Article.Id).ToList(), new Dictionary<string, string>());
        return (ClaimAligner.Align(story, analysed, entities), QuoteLinker.Link(analysed, entities));
    }

    private static AssessedClaim Claim(string articleId, string fragment) =>
        Seeds.Value.Claims.First(c => c.ArticleId == articleId && c.Claim.Text.Contains(fragment, StringComparison.Ordinal));

    [Theory]
    [InlineData(First, "Edi Rama urged NATO to enhance its military presence in Kosovo", Second)]
    [InlineData(Second, "Edi Rama has urged NATO to increase its military presence in Kosovo", First)]
    [InlineData(First, "such as drug and weapons smuggling", Second)]
    [InlineData(Second, "include arms and narcotics smuggling", First)]
    [InlineData(First, "the Alliance does not perceive any military threat", Second)]
    [InlineData(Second, "did not see any current military threat", First)]
    [InlineData(First, "NATO is deliberating on sending more peacekeeping troops", Second)]
    [InlineData(Second, "NATO was considering adding more peacekeepers", First)]
    public void Claims_both_reports_make_are_corroborated_by_the_other(string articleId, string fragment, string otherId)
    {
        var claim = Claim(articleId, fragment);

        Assert.Equal(ClaimStatus.Corroborated, claim.Status);
        Assert.Equal(otherId, claim.Evidence[0].ArticleId);
        Assert.NotEqual(EvidenceRelation.Contradicts, claim.Evidence[0].Relation);
    }

    [Theory]
    [InlineData("Approximately 50,000 ethnic Serbs reside")]
    [InlineData("roughly one hundred Alliance casualties")]
    [InlineData("subsequently raised to 4,500")]
    [InlineData("at least 30 armed men")]
    [InlineData("The Serbian side denied any involvement")]
    public void Figures_and_facts_only_one_report_gives_are_single_source(string fragment)
    {
        var claim = Claim(First, fragment);

        Assert.Equal(ClaimStatus.SingleSource, claim.Status);
        Assert.Empty(claim.Evidence);
    }

    [Fact]
    public void The_renderings_of_the_same_statements_are_linked_and_nothing_else()
    {
        var pairs = Seeds.Value.Links
            .Select(l => l.First.ArticleId == First ? (l.First.Quote.Text, l.Second.Quote.Text) : (l.Second.Quote.Text, l.First.Quote.Text))
            .Order()
            .ToList();

        Assert.Equal(
            [
                ("But what we do see is an increase in tensions, especially in Kosovo", "increase in tensions"),
                ("major unrest", "great disturbances"),
            ],
            pairs.Select(p => (p.Item1.TrimEnd(',', ' '), p.Item2)).ToList());
    }
}
