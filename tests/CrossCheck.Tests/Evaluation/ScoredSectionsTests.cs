using CrossCheck.Dossiers;
using CrossCheck.Evaluation;

namespace CrossCheck.Tests.Evaluation;

/// <summary>A gold story that lists <c>scored</c> is scored on those sections only (real texts annotated for
/// claims and rewrites must not count every predicted date as a false alarm).</summary>
public sealed class ScoredSectionsTests
{
    private static readonly GoldStory ClaimsOnly = SmallGold.Story with
    {
        Scored = [EvaluationSections.Stories, EvaluationSections.Claims, EvaluationSections.Rewrites],
    };

    /// <summary>The small story's perfect dossier with every date, quantity and quote wrong or missing.</summary>
    private static DossierDocument PerfectClaimsOnly => SmallGold.WithStory(SmallGold.Perfect, s => s with
    {
        Quotes = [],
        Entities = [],
        Dates = [.. s.Dates.Select(d => d with { Value = "1999-01-01" })],
        Quantities = [.. s.Quantities, new QuantityEntry("a", "41 boats", 41, false, "exact", null, "boats", null)],
    });

    [Fact]
    public void Only_the_listed_sections_are_reported_and_they_make_overall()
    {
        var report = Evaluator.Evaluate([ClaimsOnly], PerfectClaimsOnly);

        Assert.Equal([EvaluationSections.Stories, EvaluationSections.Claims, EvaluationSections.Rewrites], report.Sections.Select(s => s.Section));
        Assert.Equal(1.0, report.Overall);
        var story = Assert.Single(report.Stories);
        Assert.Equal(report.Sections.Select(s => s.Section), story.Sections.Select(s => s.Section));
        Assert.Equal(1.0, story.Overall);
        Assert.Empty(report.Issues);
    }

    [Fact]
    public void Unlisted_sections_raise_no_issues_while_listed_ones_still_do()
    {
        var document = SmallGold.WithStory(PerfectClaimsOnly, s => s with { Claims = [.. s.Claims.Skip(1)] });

        var report = Evaluator.Evaluate([ClaimsOnly], document);

        var issue = Assert.Single(report.Issues);
        Assert.Equal((EvaluationSections.Claims, IssueKinds.Missed), (issue.Section, issue.Kind));
        Assert.Equal(0.5, report.Sections.Single(s => s.Section == EvaluationSections.Claims).Recall);
        Assert.Equal(Math.Round((1.0 + (2 * 1.0 * 0.5 / 1.5) + 1.0) / 3, 4), report.Overall);
    }

    [Fact]
    public void A_section_sums_only_the_stories_that_score_it()
    {
        var full = SmallGold.Story with { Story = "full" };
        var partial = RenamedArticles(ClaimsOnly with { Story = "partial" }, "p-");
        var document = PerfectDossier.From([full, partial]);
        document = document with
        {
            Stories = [.. document.Stories.Select(s => s.Id == "partial" ? s with { Dates = [], Quantities = [], Quotes = [], Entities = [] } : s)],
        };

        var report = Evaluator.Evaluate([full, partial], document);

        Assert.Equal(EvaluationSections.All, report.Sections.Select(s => s.Section));
        Assert.All(report.Sections, s => Assert.Equal(1.0, s.F1));
        Assert.Equal(SmallGold.Story.Dates.Count, report.Sections.Single(s => s.Section == EvaluationSections.Dates).Gold);
        Assert.Equal(full.Claims.Count + partial.Claims.Count, report.Sections.Single(s => s.Section == EvaluationSections.Claims).Gold);
        Assert.Equal(3, report.Stories.Single(s => s.Story == "partial").Sections.Count);
        Assert.Equal(EvaluationSections.All.Count, report.Stories.Single(s => s.Story == "full").Sections.Count);
    }

    [Fact]
    public void A_story_that_does_not_score_grouping_still_keeps_its_articles_out_of_other_stories()
    {
        var full = SmallGold.Story with { Story = "full" };
        var noGrouping = RenamedArticles(SmallGold.Story with { Story = "other", Scored = [EvaluationSections.Claims] }, "o-");
        var perfect = PerfectDossier.From([full, noGrouping]);
        var merged = perfect with { Stories = [perfect.Stories.Aggregate((a, b) => a with { ArticleIds = [.. a.ArticleIds, .. b.ArticleIds] })] };

        var report = Evaluator.Evaluate([full, noGrouping], merged);

        var stories = report.Sections.Single(s => s.Section == EvaluationSections.Stories);
        Assert.Equal(0.5, stories.Precision);
        Assert.Equal(2, stories.Gold);
        Assert.DoesNotContain(report.Issues, i => i.Story == "other" && i.Section == EvaluationSections.Stories);
        Assert.Contains(report.Issues, i => i.Story == "full" && i.Section == EvaluationSections.Stories);
    }

    [Fact]
    public void Without_scored_every_section_is_scored()
    {
        Assert.Null(SmallGold.Story.Scored);
        Assert.All(EvaluationSections.All, s => Assert.True(SmallGold.Story.Scores(s)));

        var report = Evaluator.Evaluate([SmallGold.Story], PerfectClaimsOnly);

        Assert.Equal(EvaluationSections.All, report.Sections.Select(s => s.Section));
        Assert.True(report.Overall < 1.0);
    }

    [Theory]
    [InlineData("[]", "at least one section")]
    [InlineData("""["claims", "timelines"]""", "unknown section \"timelines\"")]
    [InlineData("""["claims", "claims"]""", "twice")]
    public void A_bad_scored_list_is_reported(string scored, string reason)
    {
        var problem = GoldValidator.FirstProblem(SmallGold.Story with { Scored = System.Text.Json.JsonSerializer.Deserialize<string[]>(scored) });

        Assert.NotNull(problem);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    /// <summary>The story with every article id prefixed, so that two copies of it can be evaluated together.</summary>
    private static GoldStory RenamedArticles(GoldStory gold, string prefix) => gold with
    {
        Articles = [.. gold.Articles.Select(a => prefix + a)],
        PublicationDates = [.. gold.PublicationDates.Select(p => p with { Article = prefix + p.Article })],
        Rewrites = [.. gold.Rewrites.Select(r => r with { Article = prefix + r.Article, DerivedFrom = prefix + r.DerivedFrom })],
        Quotes = [.. gold.Quotes.Select(q => q with { Id = prefix + q.Id, Article = prefix + q.Article, SameAs = [.. q.SameAs.Select(s => prefix + s)] })],
        Claims = [.. gold.Claims.Select(c => c with
        {
            Article = prefix + c.Article,
            SupportedBy = [.. c.SupportedBy.Select(a => prefix + a)],
            ContradictedBy = [.. c.ContradictedBy.Select(a => prefix + a)],
        })],
        Dates = [.. gold.Dates.Select(d => d with { Article = prefix + d.Article })],
        Quantities = [.. gold.Quantities.Select(q => q with { Article = prefix + q.Article })],
    };
}
