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
/// <see cref="StoredSentenceEncoder.For"/>), the claims of each new or revised article are embedded (a batch's
/// articles together), so later analyses find every vector stored; a sentence already stored, or repeated from
/// another article, is not embedded again, and an unchanged article is not even read.</summary>
internal sealed class ArticleIngestor(IArticleStore store, TimeProvider time, ISentenceEncoder? claimEncoder = null)
{
    /// <summary>Claims gathered from the stored articles of a batch before they are embedded together: enough for the
    /// model to run batches of similar length on every core. Articles stored but not yet embedded when a run is
    /// killed lose nothing: their vectors are computed when they are first analysed.</summary>
    private const int ClaimsPerEncoding = 512;

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
        var claims = new List<string>();
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var result = await IngestOneAsync(item, claims, cancellationToken).ConfigureAwait(false);
            summary = summary.With(result);
            onEvent?.Invoke(result);
            if (claims.Count >= ClaimsPerEncoding)
            {
                Encode(claims);
            }
        }

        Encode(claims);
        return summary;
    }

    /// <summary>Stores one document; its claims are embedded before this returns.</summary>
    public async Task<IngestEvent> IngestOneAsync(IngestItem item, CancellationToken cancellationToken = default)
    {
        var claims = new List<string>();
        var result = await IngestOneAsync(item, claims, cancellationToken).ConfigureAwait(false);
        Encode(claims);
        return result;
    }

    private async Task<IngestEvent> IngestOneAsync(IngestItem item, List<string> claims, CancellationToken cancellationToken)
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
            claims.AddRange(ArticleAnalyser.ClaimTexts(article));
        }

        return new IngestEvent(document.Source, stored.Outcome, null, stored.DocumentId);
    }

    private void Encode(List<string> claims)
    {
        if (claims.Count > 0)
        {
            claimEncoder?.Encode(claims);
            claims.Clear();
        }
    }
}
