using CrossCheck.Dossiers;

namespace CrossCheck.Evaluation;

/// <summary>Scores a dossier document against gold stories, section by section (rules in samples/README.md).</summary>
public static class Evaluator
{
    public static EvaluationReport Evaluate(IReadOnlyList<GoldStory> golds, DossierDocument document)
    {
        ArgumentNullException.ThrowIfNull(golds);
        ArgumentNullException.ThrowIfNull(document);
        var grouping = StoryGroupingScorer.Score(golds, document);
        var perStory = golds.Select(gold => (gold.Story, Counts: ScoreStory(gold, document, grouping))).ToList();
        var totals = EvaluationSections.All.ToDictionary(
            section => section,
            section => perStory.Aggregate(SectionCounts.Empty, (sum, story) => sum.Add(story.Counts[section])),
            StringComparer.Ordinal);
        var stories = perStory.Select(s => new StoryScore(s.Story, ToScores(s.Counts), Overall(s.Counts))).ToList();
        return new EvaluationReport(ToScores(totals), Overall(totals), stories);
    }

    /// <summary>Every section of one gold story; <paramref name="grouping"/> holds the B³ counts of each story.</summary>
    public static IReadOnlyDictionary<string, SectionCounts> ScoreStory(
        GoldStory gold,
        DossierDocument document,
        IReadOnlyDictionary<string, SectionCounts> grouping)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(grouping);
        var predictions = new Predictions(gold, document);
        var quotes = QuoteMatcher.Match(gold.Quotes, predictions.Quotes);
        return new Dictionary<string, SectionCounts>(StringComparer.Ordinal)
        {
            [EvaluationSections.Stories] = grouping.GetValueOrDefault(gold.Story, SectionCounts.Empty),
            [EvaluationSections.Claims] = ClaimScorer.Score(gold, predictions),
            [EvaluationSections.Quotes] = QuoteScorer.Quotes(gold, predictions, quotes),
            [EvaluationSections.QuoteLinks] = QuoteScorer.Links(gold, predictions, quotes),
            [EvaluationSections.Speakers] = QuoteScorer.Speakers(gold, quotes),
            [EvaluationSections.Entities] = EntityScorer.Score(gold, predictions),
            [EvaluationSections.Dates] = DateScorer.Score(gold, predictions),
            [EvaluationSections.Quantities] = QuantityScorer.Score(gold, predictions),
            [EvaluationSections.PublicationDates] = ArticleScorer.PublicationDates(gold, predictions),
            [EvaluationSections.Rewrites] = ArticleScorer.Rewrites(gold, predictions),
        };
    }

    private static List<SectionScore> ToScores(IReadOnlyDictionary<string, SectionCounts> counts) =>
        EvaluationSections.All.Select(section => SectionScore.From(section, counts[section])).ToList();

    private static double Overall(IReadOnlyDictionary<string, SectionCounts> counts) =>
        Math.Round(EvaluationSections.All.Average(section => counts[section].F1), 4);
}
