using CrossCheck.Dossiers;
using CrossCheck.Evaluation;

namespace CrossCheck.Tests.Evaluation;

public sealed class EvaluatorTests
{
    [Fact]
    public void A_perfect_dossier_of_the_sample_gold_scores_one_in_every_section()
    {
        var golds = SamplePaths.AllGold().Select(g => g.Gold).ToList();

        var report = Evaluator.Evaluate(golds, PerfectDossier.From(golds));

        Assert.Equal(7, report.Stories.Count);
        Assert.All(report.Sections, s => Assert.Equal(1.0, s.F1));
        Assert.Equal(1.0, report.Overall);
        Assert.All(report.Sections, s => Assert.True(s.Gold > 0, $"{s.Section} has no gold"));
    }

    [Fact]
    public void An_empty_dossier_scores_zero_in_every_section()
    {
        var golds = SamplePaths.AllGold().Select(g => g.Gold).ToList();
        var empty = new DossierDocument(DossierDocument.CurrentSchemaVersion, [], []);

        var report = Evaluator.Evaluate(golds, empty);

        Assert.All(report.Sections.Where(s => s.Section != EvaluationSections.Stories), s => Assert.Equal(0.0, s.Recall));
        Assert.All(report.Sections.Where(s => s.Section != EvaluationSections.Stories), s => Assert.Equal(0.0, s.F1));
        Assert.True(report.Overall < 0.1, $"overall {report.Overall}");
    }

    [Fact]
    public void Grouping_every_article_into_one_story_loses_story_precision_but_not_recall()
    {
        var golds = SamplePaths.AllGold().Select(g => g.Gold).ToList();
        var perfect = PerfectDossier.From(golds);
        var merged = perfect.Stories.Aggregate((a, b) => a with { ArticleIds = [.. a.ArticleIds, .. b.ArticleIds] });
        var document = perfect with { Stories = [merged] };

        var stories = Evaluator.Evaluate(golds, document).Sections.Single(s => s.Section == EvaluationSections.Stories);

        Assert.Equal(1.0, stories.Recall);
        Assert.InRange(stories.Precision, 0.1, 0.2);
    }

    [Fact]
    public void Splitting_every_article_into_its_own_story_loses_story_recall()
    {
        var golds = SamplePaths.AllGold().Select(g => g.Gold).ToList();
        var perfect = PerfectDossier.From(golds);
        var singletons = perfect.Stories
            .SelectMany(s => s.ArticleIds.Select(id => s with { Id = "single-" + id, ArticleIds = [id] }))
            .ToList();

        var stories = Evaluator.Evaluate(golds, perfect with { Stories = singletons }).Sections.Single(s => s.Section == EvaluationSections.Stories);

        Assert.Equal(1.0, stories.Precision);
        Assert.InRange(stories.Recall, 0.2, 0.4);
    }

    [Fact]
    public void Overall_is_the_mean_F1_of_the_sections()
    {
        var document = SmallGold.WithStory(SmallGold.Perfect, s => s with { Quotes = [] });

        var report = Evaluator.Evaluate([SmallGold.Story], document);

        Assert.Equal(Math.Round(report.Sections.Average(s => s.F1), 4), report.Overall);
        Assert.Equal(0.7, report.Overall, 3);
    }

    [Fact]
    public void Per_story_scores_add_up_to_the_totals()
    {
        var golds = SamplePaths.AllGold().Select(g => g.Gold).ToList();
        var document = PerfectDossier.From(golds);
        document = document with { Stories = document.Stories.Select(s => s with { Claims = s.Claims.Take(2).ToList() }).ToList() };

        var report = Evaluator.Evaluate(golds, document);

        var claims = report.Sections.Single(s => s.Section == EvaluationSections.Claims);
        var perStory = report.Stories.Sum(s => s.Sections.Single(x => x.Section == EvaluationSections.Claims).RecallHits);
        Assert.Equal(claims.RecallHits, perStory);
        Assert.Equal(2 * golds.Count, claims.RecallHits);
    }
}
