using CrossCheck.Extraction;
using CrossCheck.Ingest;
using CrossCheck.Pipeline;

namespace CrossCheck.Storage;

/// <summary>What happened to one input during an ingest, for progress displays and logs.</summary>
public sealed record IngestEvent(string Source, AddOutcome? Outcome, string? Error, string? DocumentId = null)
{
    public bool Failed => Error is not null;
}

/// <summary>Totals of one ingest run.</summary>
public sealed record IngestSummary(int Added, int Revised, int Unchanged, int Failed)
{
    public int Total => Added + Revised + Unchanged + Failed;
}

/// <summary>Extracts each incoming document and stores it, one transaction per article, reporting every outcome.</summary>
public sealed class ArticleIngestor(IArticleStore store, TimeProvider time)
{
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
        int added = 0, revised = 0, unchanged = 0, failed = 0;
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var result = await IngestOneAsync(item, cancellationToken).ConfigureAwait(false);
            switch (result.Outcome)
            {
                case AddOutcome.Added: added++; break;
                case AddOutcome.Revised: revised++; break;
                case AddOutcome.Unchanged: unchanged++; break;
                default: failed++; break;
            }

            onEvent?.Invoke(result);
        }

        return new IngestSummary(added, revised, unchanged, failed);
    }

    public async Task<IngestEvent> IngestOneAsync(IngestItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Document is not { } document)
        {
            var error = item.Error ?? new IngestError("?", "unknown input");
            return new IngestEvent(error.Source, null, error.Message);
        }

        Article? article;
        try
        {
            article = ArticleExtractor.Extract(document);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            return new IngestEvent(document.Source, null, $"extraction failed ({ex.GetType().Name}: {ex.Message})");
        }

        if (article is null)
        {
            return new IngestEvent(document.Source, null, "no article text found");
        }

        article = PublicationDates.FromArticle(article, document.Metadata.Published, time);
        var stored = await store.AddAsync(document, article, cancellationToken).ConfigureAwait(false);
        return new IngestEvent(document.Source, stored.Outcome, null, stored.DocumentId);
    }
}
