using CrossCheck.Alignment;
using CrossCheck.Analysis.Entities;
using CrossCheck.Clustering;
using CrossCheck.Dossiers;
using CrossCheck.Extraction;
using CrossCheck.Ingest;
using CrossCheck.Intake;

namespace CrossCheck.Pipeline;

/// <summary>The result of one run: the dossier document, the extracted articles (with their publication
/// dates settled) and the inputs that could not be used.</summary>
public sealed record PipelineResult(DossierDocument Document, IReadOnlyList<Article> Articles, IReadOnlyList<IngestError> Errors);

/// <summary>A run whose articles are settled and whose stories are cross-checked as <see cref="Stories"/> is
/// enumerated (once, in story order).</summary>
public sealed record StreamedRun(IReadOnlyList<ArticleEntry> Entries, IReadOnlyList<Article> Articles, IEnumerable<StoryOutcome> Stories);

/// <summary>One cross-checked story and its articles with their publication dates settled.</summary>
public sealed record AnalysedStory(StoryDossier Dossier, IReadOnlyList<Article> Articles);

/// <summary>Raw documents in, one cross-checked dossier per story out. A story whose analysis fails is reported
/// as an error and left out of the dossier; the other stories are still cross-checked.</summary>
public sealed class CrossCheckPipeline(TimeProvider time, IStoryAnalyser? analyser = null)
{
    /// <summary>How many reports' worth of stories may be cross-checked ahead of the one being written: enough to
    /// keep every core busy behind a story of hundreds of reports, few enough that memory holds only that many
    /// reports' dossiers.</summary>
    private const int ReportsAhead = 2000;

    private readonly IStoryAnalyser _analyser = analyser ?? PipelineStoryAnalyser.Instance;
    private readonly ArticleIntake _intake = new(time);

    public PipelineResult Run(IReadOnlyList<RawDocument> documents)
    {
        var (articles, errors) = Extract(documents);
        var result = Analyse(articles);
        return result with { Errors = [.. errors, .. result.Errors] };
    }

    /// <summary>Takes in every document (<see cref="ArticleIntake.TakeAll"/>): ids made unique, publication dates
    /// settled from metadata or text.</summary>
    public (IReadOnlyList<Article> Articles, IReadOnlyList<IngestError> Errors) Extract(IReadOnlyList<RawDocument> documents)
    {
        var batch = _intake.TakeAll(documents);
        return (batch.Articles, batch.Errors);
    }

    /// <summary>Groups extracted articles into stories and cross-checks each story.</summary>
    public PipelineResult Analyse(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return Analyse(articles, StoryGrouper.Group(articles));
    }

    /// <summary>Cross-checks each of the given stories (a grouping of <paramref name="articles"/> made elsewhere).</summary>
    public PipelineResult Analyse(IReadOnlyList<Article> articles, IReadOnlyList<Story> stories)
    {
        var run = Stream(articles, stories);
        var outcomes = run.Stories.ToList();
        var analysed = outcomes.Where(o => o.Analysis is not null).Select(o => o.Analysis!.Dossier).ToList();
        var failures = outcomes.Where(o => o.Failure is not null).Select(o => o.Failure!).ToList();
        return new PipelineResult(new DossierDocument(DossierDocument.CurrentSchemaVersion, run.Entries, analysed), run.Articles, failures);
    }

    /// <summary>Settles every article's publication date and dossier entry first, then cross-checks the stories
    /// lazily, in order, a bounded number at a time: a caller that writes each story out as it comes holds only
    /// those few in memory, however large the batch.</summary>
    public StreamedRun Stream(IReadOnlyList<Article> articles, IReadOnlyList<Story> stories)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(stories);
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var members = stories.Select(s => PublicationDates.FromStory([.. s.ArticleIds.Select(id => byId[id])])).ToList();
        foreach (var article in members.SelectMany(m => m))
        {
            byId[article.Id] = article;
        }

        var derivedFrom = stories.SelectMany(s => s.DerivedFrom).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var entries = articles.Select(a => DossierBuilder.ToEntry(byId[a.Id], derivedFrom.GetValueOrDefault(a.Id))).ToList();
        var outcomes = OrderedParallel.Map(stories.Count, i => IsolatedStoryAnalysis.Run(_analyser, stories[i], members[i]), i => members[i].Count, ReportsAhead);
        return new StreamedRun(entries, [.. articles.Select(a => byId[a.Id])], outcomes);
    }

    /// <summary>Cross-checks one story: settles the publication dates of its undated articles from the others,
    /// analyses each article and aligns their claims, quotes and entities.</summary>
    public static AnalysedStory AnalyseStory(Story story, IReadOnlyList<Article> storyArticles)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(storyArticles);
        var settled = PublicationDates.FromStory(storyArticles);
        var analysed = settled.Select(ArticleAnalyser.Analyse).ToList();
        var entities = EntityResolver.Resolve(analysed);
        var claims = ClaimAligner.Align(story, analysed, entities);
        var quoteLinks = QuoteLinker.Link(analysed, entities);
        return new AnalysedStory(DossierBuilder.Build(story, analysed, entities, claims, quoteLinks), settled);
    }
}
