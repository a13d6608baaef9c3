using CrossCheck.Ingest;
using CrossCheck.Pipeline;
using CrossCheck.Storage;
using CrossCheck.Text.Embeddings;

namespace CrossCheck.Intake;

/// <summary>What happened to one input during an ingest, for progress displays and logs.</summary>
internal sealed record IngestEvent(string Source, AddOutcome? Outcome, string? Error, string? DocumentId = null)
{
    public bool Failed => Error is not null;
}

/// <summary>Totals of one ingest run.</summary>
internal sealed record IngestSummary(int Added, int Revised, int Unchanged, int Failed)
{
    public static IngestSummary Empty { get; } = new(0, 0, 0, 0);

    public int Total => Added + Revised + Unchanged + Failed;

    /// <summary>This summary with one more outcome counted.</summary>
    public IngestSummary With(IngestEvent ingestEvent)
    {
        ArgumentNullException.ThrowIfNull(ingestEvent);
        return ingestEvent.Outcome switch
        {
            AddOutcome.Added => this with { Added = Added + 1 },
            AddOutcome.Revised => this with { Revised = Revised + 1 },
            AddOutcome.Unchanged => this with { Unchanged = Unchanged + 1 },
            _ => this with { Failed = Failed + 1 },
        };
    }

    public IngestSummary Plus(IngestSummary other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Added + other.Added, Revised + other.Revised, Unchanged + other.Unchanged, Failed + other.Failed);
    }
}

/// <summary>Takes in each incoming document (<see cref="ArticleIntake"/>) and stores it, one transaction per
/// article, reporting every outcome. With a <paramref name="claimEncoder"/> (the store's own:
/// <see cref="StoredSentenceEncoder.For"/>), each new or revised article's claims are embedded right away, so later
/// analyses find every vector stored; a sentence already stored, or repeated from another article, is not embedded
/// again, and an unchanged article is not even read.</summary>
internal sealed class ArticleIngestor(IArticleStore store, TimeProvider time, ISentenceEncoder? claimEncoder = null)
{
    private readonly ArticleIntake _intake = new(time);

    public Task<IngestSummary> IngestAsync(
        IEnumerable<IngestItem> items, Action<IngestEvent>? onEvent = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        return IngestAsync(items.ToAsyncEnumerable(), onEvent, cancellationToken);
    }

    public async Task<IngestSummary> IngestAsync(
        IAsyncEnumerable<IngestItem> items, Action<IngestEvent>? onEvent = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var summary = IngestSummary.Empty;
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var result = await IngestOneAsync(item, cancellationToken).ConfigureAwait(false);
            summary = summary.With(result);
            onEvent?.Invoke(result);
        }

        return summary;
    }

    public async Task<IngestEvent> IngestOneAsync(IngestItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Document is not { } document)
        {
            var error = item.Error ?? new IngestError("?", "unknown input");
            return new IngestEvent(error.Source, null, error.Message);
        }

        var taken = _intake.Take(document);
        if (taken.Article is not { } article)
        {
            return new IngestEvent(document.Source, null, taken.Failure);
        }

        var stored = await store.AddAsync(document, article, cancellationToken).ConfigureAwait(false);
        if (claimEncoder is not null && stored.Outcome != AddOutcome.Unchanged)
        {
            claimEncoder.Encode(ArticleAnalyser.ClaimTexts(article));
        }

        return new IngestEvent(document.Source, stored.Outcome, null, stored.DocumentId);
    }
}
