using CrossCheck.Clustering;
using CrossCheck.Dossiers;
using CrossCheck.Extraction;
using CrossCheck.Ingest;
using CrossCheck.Pipeline;
using CrossCheck.Text.Embeddings;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrossCheck;

/// <summary>The entry point of CrossCheck: extracts articles from raw documents, groups them into stories and
/// cross-checks each story claim by claim, returning domain results (render them separately). Thread-safe; one
/// engine serves any number of runs. Build it from <see cref="CrossCheckOptions"/> or, in a host, with
/// <c>services.AddCrossCheck()</c>. It reports through <see cref="ILogger"/> and the activity source and meter
/// named in <see cref="CrossCheckTelemetry"/>, and never writes to the console.</summary>
public sealed class CrossCheckEngine
{
    private readonly CrossCheckPipeline _pipeline;
    private readonly ILogger _logger;

    /// <summary>Creates an engine; <paramref name="options"/> are validated first.</summary>
    /// <param name="options">The settings; <see cref="CrossCheckOptions.Validate"/> must pass.</param>
    /// <param name="timeProvider">The clock (publication dates may not lie in its future); the system clock if null.</param>
    /// <param name="logger">Where progress and failures are logged; nowhere if null.</param>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">A setting is invalid.</exception>
    public CrossCheckEngine(CrossCheckOptions options, TimeProvider? timeProvider = null, ILogger<CrossCheckEngine>? logger = null)
        : this(options, timeProvider, logger, analyser: null)
    {
    }

    /// <summary>An engine whose per-story analysis is replaced (tests count or fail stories through it), or whose
    /// claims' sentence vectors come from <paramref name="encoder"/> (a store's: the CLI over <c>--db</c>).</summary>
    internal CrossCheckEngine(CrossCheckOptions options, TimeProvider? timeProvider, ILogger? logger, IStoryAnalyser? analyser, ISentenceEncoder? encoder = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        _logger = logger ?? NullLogger.Instance;
        _pipeline = new CrossCheckPipeline(timeProvider ?? TimeProvider.System, analyser, options, _logger, encoder);
    }

    /// <summary>The validated settings this engine runs with.</summary>
    public CrossCheckOptions Options { get; }

    /// <summary>Extracts an article from each raw document, making repeated ids unique and settling publication
    /// dates from metadata or the text.</summary>
    /// <param name="documents">The raw documents (plain text or HTML with their metadata).</param>
    /// <param name="cancellationToken">Stops between documents.</param>
    public Task<ExtractedArticles> ExtractAsync(IReadOnlyList<RawDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Task.Run(
            () =>
            {
                var (articles, errors) = _pipeline.Extract(documents, cancellationToken);
                return new ExtractedArticles(articles, errors);
            },
            cancellationToken);
    }

    /// <summary>Groups articles into stories (one per real-world event) and marks rewrites of earlier articles.</summary>
    /// <param name="articles">The articles, typically from <see cref="ExtractAsync"/>.</param>
    /// <param name="order">Publication order for a batch, arrival order for a stored collection.</param>
    /// <param name="cancellationToken">Checked before grouping starts.</param>
    public Task<IReadOnlyList<Story>> GroupAsync(IReadOnlyList<Article> articles, StoryOrder order = StoryOrder.Publication, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return Task.Run(() => _pipeline.Group(articles, order), cancellationToken);
    }

    /// <summary>Cross-checks the given stories of <paramref name="articles"/> as they are enumerated, a bounded
    /// number ahead of the consumer (<see cref="CrossCheckOptions.ReportsAhead"/>): for big batches.</summary>
    /// <param name="articles">Every article the stories name.</param>
    /// <param name="stories">A grouping of the articles, typically from <see cref="GroupAsync"/>.</param>
    /// <param name="cancellationToken">Stories not yet started when it is cancelled are never started.</param>
    public StreamedCrossCheck Stream(IReadOnlyList<Article> articles, IReadOnlyList<Story> stories, CancellationToken cancellationToken = default)
    {
        var (entries, settled, outcomes) = _pipeline.StreamAsync(articles, stories, cancellationToken);
        return new StreamedCrossCheck(entries, settled, outcomes);
    }

    /// <summary>Cross-checks the given stories of <paramref name="articles"/> and gathers the dossiers. A story
    /// whose analysis fails becomes an error; the other stories are still cross-checked.</summary>
    /// <param name="articles">Every article the stories name.</param>
    /// <param name="stories">A grouping of the articles, typically from <see cref="GroupAsync"/>.</param>
    /// <param name="cancellationToken">Stories not yet started when it is cancelled are never started.</param>
    public async Task<CrossCheckResult> AnalyseAsync(IReadOnlyList<Article> articles, IReadOnlyList<Story> stories, CancellationToken cancellationToken = default)
    {
        var run = Stream(articles, stories, cancellationToken);
        var dossiers = new List<StoryDossier>();
        var failures = new List<IngestError>();
        await foreach (var outcome in run.Stories.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (outcome.Failure is { } failure)
            {
                failures.Add(failure);
            }
            else
            {
                dossiers.Add(outcome.Analysis!.Dossier);
            }
        }

        EngineLog.Analysed(_logger, stories.Count, failures.Count);
        var document = new DossierDocument(DossierDocument.CurrentSchemaVersion, run.Entries, dossiers);
        return new CrossCheckResult(document, run.Articles, stories, failures);
    }

    /// <summary>The whole run: extracts the documents, groups the articles in publication order and cross-checks
    /// every story.</summary>
    /// <param name="documents">The raw documents.</param>
    /// <param name="cancellationToken">Stops the run at the next document or story.</param>
    public async Task<CrossCheckResult> RunAsync(IReadOnlyList<RawDocument> documents, CancellationToken cancellationToken = default)
    {
        var extracted = await ExtractAsync(documents, cancellationToken).ConfigureAwait(false);
        var stories = await GroupAsync(extracted.Articles, StoryOrder.Publication, cancellationToken).ConfigureAwait(false);
        var result = await AnalyseAsync(extracted.Articles, stories, cancellationToken).ConfigureAwait(false);
        return result with { Errors = [.. extracted.Errors, .. result.Errors] };
    }
}
