using System.Runtime.CompilerServices;
using CrossCheck.Alignment;
using CrossCheck.Alignment.Derivation;
using CrossCheck.Catalog;
using CrossCheck.Analysis.Entities;
using CrossCheck.Clustering;
using CrossCheck.Dossiers;
using CrossCheck.Extraction;
using CrossCheck.Ingest;
using CrossCheck.Intake;
using CrossCheck.Text.Embeddings;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrossCheck.Pipeline;

/// <summary>One cross-checked story, its articles with their publication dates settled, and their dossier entries
/// (which report derives from which, as the cross-check found: copies, rewrites, credits).</summary>
public sealed record AnalysedStory(StoryDossier Dossier, IReadOnlyList<Article> Articles, IReadOnlyList<ArticleEntry> Entries);

/// <summary>The stages wired together, behind <see cref="CrossCheckEngine"/>: raw documents in, one cross-checked
/// dossier per story out. A story whose analysis fails is reported as an error and left out of the dossier; the other
/// stories are still cross-checked.</summary>
internal sealed class CrossCheckPipeline
{
    private readonly IStoryAnalyser _analyser;
    private readonly CrossCheckOptions _options;
    private readonly ILogger _logger;

    private readonly ArticleIntake _intake;

    public CrossCheckPipeline(TimeProvider time, IStoryAnalyser? analyser = null)
        : this(time, analyser, new CrossCheckOptions(), NullLogger.Instance)
    {
    }

    /// <summary>A pipeline with the given (validated) settings that logs to <paramref name="logger"/>; without an
    /// analyser, stories are analysed with the claims' vectors from <paramref name="encoder"/> (by default the
    /// process's shared one).</summary>
    internal CrossCheckPipeline(TimeProvider time, IStoryAnalyser? analyser, CrossCheckOptions options, ILogger logger, ISentenceEncoder? encoder = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        (_analyser, _options, _logger) = (analyser ?? (encoder is null ? PipelineStoryAnalyser.Instance : new PipelineStoryAnalyser(encoder)), options, logger);
        _intake = new ArticleIntake(time);
    }

    /// <summary>Takes in every document (<see cref="ArticleIntake.TakeAll"/>): ids made unique, publication dates
    /// settled from metadata or text.</summary>
    public (IReadOnlyList<Article> Articles, IReadOnlyList<IngestError> Errors) Extract(IReadOnlyList<RawDocument> documents) =>
        Extract(documents, CancellationToken.None);

    /// <summary>As <see cref="Extract(IReadOnlyList{RawDocument})"/>, checking for cancellation between documents.</summary>
    internal (IReadOnlyList<Article> Articles, IReadOnlyList<IngestError> Errors) Extract(IReadOnlyList<RawDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        using var stage = StageDiagnostics.Start("extract");
        var batch = _intake.TakeAll(documents, cancellationToken);
        var (articles, errors) = (batch.Articles, batch.Errors);
        foreach (var error in errors)
        {
            EngineLog.DocumentRejected(_logger, error.Source, error.Message);
        }

        StageDiagnostics.ArticlesExtracted.Add(articles.Count);
        StageDiagnostics.DocumentsRejected.Add(errors.Count);
        stage.Activity?.SetTag("crosscheck.documents", documents.Count).SetTag("crosscheck.articles", articles.Count);
        EngineLog.Extracted(_logger, articles.Count, documents.Count, errors.Count);
        return (articles, errors);
    }

    /// <summary>Groups articles into stories in the given order, with the pipeline's clustering settings.</summary>
    internal IReadOnlyList<Story> Group(IReadOnlyList<Article> articles, StoryOrder order)
    {
        ArgumentNullException.ThrowIfNull(articles);
        using var stage = StageDiagnostics.Start("cluster");
        var stories = order == StoryOrder.Arrival
            ? ArrivalOrderGrouper.Group(articles, _options.Clustering)
            : StoryGrouper.Group(articles, _options.Clustering);
        stage.Activity?.SetTag("crosscheck.articles", articles.Count).SetTag("crosscheck.stories", stories.Count);
        EngineLog.Grouped(_logger, articles.Count, stories.Count);
        return stories;
    }

    /// <summary>Settles every article's publication date and dossier entry first, then cross-checks the stories
    /// lazily, in order, a bounded number of reports ahead, as the caller awaits them: a caller that writes each
    /// story out as it comes holds only those few in memory, however large the batch. Stories not yet started when
    /// <paramref name="cancellationToken"/> is cancelled are never started.</summary>
    internal (IReadOnlyList<ArticleEntry> Entries, IReadOnlyList<Article> Articles, IAsyncEnumerable<StoryOutcome> Stories) StreamAsync(
        IReadOnlyList<Article> articles, IReadOnlyList<Story> stories, CancellationToken cancellationToken)
    {
        var (entries, settled, members) = Settle(articles, stories);
        var outcomes = OrderedParallel.MapAsync(stories.Count, i => AnalyseOne(stories[i], members[i]), i => members[i].Count, _options.ReportsAhead, cancellationToken);
        var filled = entries.ToArray();
        return (filled, settled, FillEntries(outcomes, filled, cancellationToken));
    }

    /// <summary>Passes the outcomes on, putting each cross-checked story's article entries (with the rewrite links its
    /// cross-check found) in place of the ones known before: once the stories are enumerated, the entries are final.</summary>
    private static async IAsyncEnumerable<StoryOutcome> FillEntries(
        IAsyncEnumerable<StoryOutcome> outcomes, ArticleEntry[] entries, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Length; i++)
        {
            slots.TryAdd(entries[i].Id, i);
        }

        await foreach (var outcome in outcomes.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var entry in outcome.Analysis?.Entries ?? [])
            {
                if (slots.TryGetValue(entry.Id, out var slot))
                {
                    entries[slot] = entry;
                }
            }

            yield return outcome;
        }
    }

    private (IReadOnlyList<ArticleEntry> Entries, IReadOnlyList<Article> Articles, List<IReadOnlyList<Article>> Members) Settle(
        IReadOnlyList<Article> articles, IReadOnlyList<Story> stories)
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
        var entries = articles.Select(a => DossierBuilder.ToEntry(byId[a.Id], derivedFrom)).ToList();
        return (entries, [.. articles.Select(a => byId[a.Id])], members);
    }

    private StoryOutcome AnalyseOne(Story story, IReadOnlyList<Article> members)
    {
        using var stage = StageDiagnostics.Start("analyse story");
        stage.Activity?.SetTag("crosscheck.story", story.Id).SetTag("crosscheck.articles", members.Count);
        var outcome = IsolatedStoryAnalysis.Run(_analyser, story, members);
        if (outcome.Failure is { } failure)
        {
            StageDiagnostics.StoryFailures.Add(1);
            stage.Activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, failure.Message);
            EngineLog.StoryFailed(_logger, failure.Source, failure.Message);
        }
        else
        {
            StageDiagnostics.StoriesAnalysed.Add(1);
        }

        return outcome;
    }

    /// <summary>Cross-checks one story: settles the publication dates of its undated articles from the others,
    /// analyses each article, finds which reports derive from which (<see cref="StoryDerivations"/>: the clustering's
    /// copies, rewrites, credits) and aligns their claims, quotes and entities, independent sources only.</summary>
    public static AnalysedStory AnalyseStory(Story story, IReadOnlyList<Article> storyArticles) =>
        AnalyseStory(story, storyArticles, CachedSentenceEncoder.Shared);

    /// <summary>As <see cref="AnalyseStory(Story, IReadOnlyList{Article})"/>, with the claims' vectors from
    /// <paramref name="encoder"/>, asked once for the whole story.</summary>
    public static AnalysedStory AnalyseStory(Story story, IReadOnlyList<Article> storyArticles, ISentenceEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(storyArticles);
        var settled = PublicationDates.FromStory(storyArticles);

        // A report alone in its story is compared with no other: its claims' vectors are embedded only if something
        // reads them (decision 210).
        var alone = settled.Select(a => a.Id).Distinct(StringComparer.Ordinal).Count() < 2;
        var analysed = ArticleAnalyser.AnalyseAll(settled, encoder, deferVectors: alone);
        IReadOnlyList<DerivationLink> links;
        using (StageDiagnostics.Start("derivations"))
        {
            var derivations = StoryDerivations.Find(story, analysed);
            links = derivations.Links;
            story = derivations.Apply(story);
        }

        var entities = EntityResolver.Resolve(analysed);
        IReadOnlyList<AssessedClaim> claims;
        IReadOnlyList<QuoteLink> quoteLinks;
        using (StageDiagnostics.Start("align"))
        {
            claims = ClaimAligner.Align(story, analysed, entities);
            quoteLinks = QuoteLinker.Link(analysed, entities);
        }

        var entries = settled.Select(a => DossierBuilder.ToEntry(a, links)).ToList();
        return new AnalysedStory(DossierBuilder.Build(story, analysed, entities, claims, quoteLinks), settled, entries);
    }
}
