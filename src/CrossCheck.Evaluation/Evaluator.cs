using CrossCheck.Dossiers;

namespace CrossCheck.Evaluation;

/// <summary>Scores a dossier document against gold stories, section by section (rules in samples/README.md).
/// A story scores only the sections its gold lists in <c>scored</c> (every section when it lists none): the
/// totals of a section sum the stories that score it, a section no story scores is left out of the report,
/// and <c>overall</c> is the mean F1 of the sections reported.</summary>
internal static class Evaluator
{
    public static EvaluationReport Evaluate(IReadOnlyList<GoldStory> golds, DossierDocument document)
    {
        ArgumentNullException.ThrowIfNull(golds);
        ArgumentNullException.ThrowIfNull(document);
        var issues = new List<EvaluationIssue>();
        IssueReporter ReporterFor(string story, string section) =>
            (kind, articleId, detail) => issues.Add(new EvaluationIssue(story, section, kind, articleId, detail));
        IssueReporter GroupingReporterFor(string story) =>
            golds.Any(g => g.Story == story && g.Scores(EvaluationSections.Stories))
                ? ReporterFor(story, EvaluationSections.Stories)
                : (_, _, _) => { };

        // Every gold story's articles form its gold cluster, whether or not that story scores "stories".
        var grouping = StoryGroupingScorer.Score(golds, document, GroupingReporterFor);
        var perStory = golds
            .Select(gold => (gold.Story, Counts: ScoreStory(gold, document, grouping, section => ReporterFor(gold.Story, section))))
            .ToList();
        var reported = golds.Count == 0
            ? EvaluationSections.All
            : EvaluationSections.All.Where(section => golds.Any(g => g.Scores(section))).ToList();
        var totals = reported.ToDictionary(
            section => section,
            section => perStory.Where(story => story.Counts.ContainsKey(section))
                .Aggregate(SectionCounts.Empty, (sum, story) => sum.Add(story.Counts[section])),
            StringComparer.Ordinal);
        var stories = perStory.Select(s => new StoryScore(s.Story, ToScores(s.Counts), Overall(s.Counts))).ToList();
        return new EvaluationReport(ToScores(totals), Overall(totals), stories, issues);
    }

    /// <summary>The scored sections of one gold story; <paramref name="grouping"/> holds the B³ counts of each story.</summary>
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
        var scorers = new Dictionary<string, Func<SectionCounts>>(StringComparer.Ordinal)
        {
            [EvaluationSections.Stories] = () => grouping.GetValueOrDefault(gold.Story, SectionCounts.Empty),
            [EvaluationSections.Claims] = () => ClaimScorer.Score(gold, predictions, For(EvaluationSections.Claims)),
            [EvaluationSections.Quotes] = () => QuoteScorer.Quotes(gold, predictions, quotes, For(EvaluationSections.Quotes)),
            [EvaluationSections.QuoteLinks] = () => QuoteScorer.Links(gold, predictions, quotes, For(EvaluationSections.QuoteLinks)),
            [EvaluationSections.Speakers] = () => QuoteScorer.Speakers(gold, quotes, For(EvaluationSections.Speakers)),
            [EvaluationSections.Entities] = () => EntityScorer.Score(gold, predictions, For(EvaluationSections.Entities)),
            [EvaluationSections.Dates] = () => DateScorer.Score(gold, predictions, For(EvaluationSections.Dates)),
            [EvaluationSections.Quantities] = () => QuantityScorer.Score(gold, predictions, For(EvaluationSections.Quantities)),
            [EvaluationSections.PublicationDates] = () => ArticleScorer.PublicationDates(gold, predictions, For(EvaluationSections.PublicationDates)),
            [EvaluationSections.Rewrites] = () => ArticleScorer.Rewrites(gold, predictions, For(EvaluationSections.Rewrites)),
        };
        return EvaluationSections.All
            .Where(gold.Scores)
            .ToDictionary(section => section, section => scorers[section](), StringComparer.Ordinal);
    }

    private static List<SectionScore> ToScores(IReadOnlyDictionary<string, SectionCounts> counts) =>
        EvaluationSections.All.Where(counts.ContainsKey).Select(section => SectionScore.From(section, counts[section])).ToList();

    private static double Overall(IReadOnlyDictionary<string, SectionCounts> counts) =>
        Math.Round(EvaluationSections.All.Where(counts.ContainsKey).Average(section => counts[section].F1), 4);
}
