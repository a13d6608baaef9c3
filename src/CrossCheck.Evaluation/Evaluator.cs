using CrossCheck.Dossiers;

namespace CrossCheck.Evaluation;

/// <summary>Scores a dossier document against gold stories, section by section (rules in samples/README.md).</summary>
public static class Evaluator
{
    public static EvaluationReport Evaluate(IReadOnlyList<GoldStory> golds, DossierDocument document)
    {
        ArgumentNullException.ThrowIfNull(golds);
        ArgumentNullException.ThrowIfNull(document);
        var issues = new List<EvaluationIssue>();
        IssueReporter ReporterFor(string story, string section) =>
            (kind, articleId, detail) => issues.Add(new EvaluationIssue(story, section, kind, articleId, detail));

        var grouping = StoryGroupingScorer.Score(golds, document, story => ReporterFor(story, EvaluationSections.Stories));
        var perStory = golds
            .Select(gold => (gold.Story, Counts: ScoreStory(gold, document, grouping, section => ReporterFor(gold.Story, section))))
            .ToList();
        var totals = EvaluationSections.All.ToDictionary(
            section => section,
            section => perStory.Aggregate(SectionCounts.Empty, (sum, story) => sum.Add(story.Counts[section])),
            StringComparer.Ordinal);
        var stories = perStory.Select(s => new StoryScore(s.Story, ToScores(s.Counts), Overall(s.Counts))).ToList();
        return new EvaluationReport(ToScores(totals), Overall(totals), stories, issues);
    }

    /// <summary>Every section of one gold story; <paramref name="grouping"/> holds the B³ counts of each story.</summary>
    public static IReadOnlyDictionary<string, SectionCounts> ScoreStory(
        GoldStory gold,
        DossierDocument document,
        IReadOnlyDictionary<string, SectionCounts> grouping,
        Func<string, IssueReporter>? issuesFor = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(grouping);
        var predictions = new Predictions(gold, document);
        IssueReporter? For(string section) => issuesFor?.Invoke(section);
        var quotes = QuoteMatcher.Match(gold.Quotes, predictions.Quotes);
        return new Dictionary<string, SectionCounts>(StringComparer.Ordinal)
        {
            [EvaluationSections.Stories] = grouping.GetValueOrDefault(gold.Story, SectionCounts.Empty),
            [EvaluationSections.Claims] = ClaimScorer.Score(gold, predictions, For(EvaluationSections.Claims)),
            [EvaluationSections.Quotes] = QuoteScorer.Quotes(gold, predictions, quotes, For(EvaluationSections.Quotes)),
            [EvaluationSections.QuoteLinks] = QuoteScorer.Links(gold, predictions, quotes, For(EvaluationSections.QuoteLinks)),
            [EvaluationSections.Speakers] = QuoteScorer.Speakers(gold, quotes, For(EvaluationSections.Speakers)),
            [EvaluationSections.Entities] = EntityScorer.Score(gold, predictions, For(EvaluationSections.Entities)),
            [EvaluationSections.Dates] = DateScorer.Score(gold, predictions, For(EvaluationSections.Dates)),
            [EvaluationSections.Quantities] = QuantityScorer.Score(gold, predictions, For(EvaluationSections.Quantities)),
            [EvaluationSections.PublicationDates] = ArticleScorer.PublicationDates(gold, predictions, For(EvaluationSections.PublicationDates)),
            [EvaluationSections.Rewrites] = ArticleScorer.Rewrites(gold, predictions, For(EvaluationSections.Rewrites)),
        };
    }

    private static List<SectionScore> ToScores(IReadOnlyDictionary<string, SectionCounts> counts) =>
        EvaluationSections.All.Select(section => SectionScore.From(section, counts[section])).ToList();

    private static double Overall(IReadOnlyDictionary<string, SectionCounts> counts) =>
        Math.Round(EvaluationSections.All.Average(section => counts[section].F1), 4);
}
