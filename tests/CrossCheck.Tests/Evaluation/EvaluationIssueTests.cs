using CrossCheck.Dossiers;
using CrossCheck.Evaluation;

namespace CrossCheck.Tests.Evaluation;

public sealed class EvaluationIssueTests
{
    [Fact]
    public void A_perfect_dossier_has_no_issues()
    {
        var golds = SamplePaths.AllGold().Select(g => g.Gold).ToList();

        var report = Evaluator.Evaluate(golds, PerfectDossier.From(golds));

        Assert.Empty(report.Issues);
    }

    [Fact]
    public void Each_miss_wrong_value_and_false_alarm_is_explained()
    {
        var document = SmallGold.WithStory(SmallGold.Perfect, s => s with
        {
            Dates =
            [
                new DateEntry("a", "Monday", "2025-03-17", "day", null),
                new DateEntry("a", "in 2019", "2019", "year", null),
            ],
            Claims = s.Claims.Select(c => c with { Status = ClaimStatusValue.SingleSource, Evidence = [] }).ToList(),
        });

        var issues = Evaluator.Evaluate([SmallGold.Story], document).Issues;

        Assert.Contains(issues, i => i is { Section: "dates", Kind: "wrong", ArticleId: "a" } && i.Detail == "\"Monday\": expected 2025-03-10, got 2025-03-17");
        Assert.Contains(issues, i => i is { Section: "dates", Kind: "missed", ArticleId: "b" } && i.Detail.Contains("last month", StringComparison.Ordinal));
        Assert.Contains(issues, i => i is { Section: "dates", Kind: "extra" } && i.Detail.Contains("in 2019", StringComparison.Ordinal));
        Assert.Contains(issues, i => i is { Section: "claims", Kind: "wrong" } && i.Detail.Contains("expected contradicted contradicted by b; got single-source", StringComparison.Ordinal));
        Assert.All(issues, i => Assert.Equal("small", i.Story));
    }

    [Fact]
    public void Merged_stories_name_the_intruding_articles()
    {
        var golds = SamplePaths.AllGold().Select(g => g.Gold).Where(g => g.Story is "velmora-flood" or "dunmere-flood").ToList();
        var perfect = PerfectDossier.From(golds);
        var merged = perfect with { Stories = [perfect.Stories[0] with { ArticleIds = [.. perfect.Stories[0].ArticleIds, .. perfect.Stories[1].ArticleIds] }, perfect.Stories[1] with { ArticleIds = [] }] };

        var issues = Evaluator.Evaluate(golds, merged).Issues.Where(i => i.Section == EvaluationSections.Stories).ToList();

        Assert.Equal(2, issues.Count);
        Assert.All(issues, i => Assert.Equal(IssueKinds.Extra, i.Kind));
        Assert.Contains(issues, i => i.Story == "dunmere-flood" && i.Detail.Contains("velmora-flood-lantern", StringComparison.Ordinal));
    }
}
