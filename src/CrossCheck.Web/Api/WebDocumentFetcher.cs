using CrossCheck.Ingest;
using CrossCheck.Ingest.Fetching;
using CrossCheck.Ingest.Web;

namespace CrossCheck.Web.Api;

/// <summary>Fetches for the API and the add form through the Ingest stage's fetcher, so the server obeys the
/// same rules as <c>crosscheck add</c>: no loopback, private or link-local address (checked after DNS and on
/// every redirect) unless the server was started with <c>--allow-private</c>, bounded bodies, timeouts and
/// per-host politeness.</summary>
internal sealed class WebDocumentFetcher(FetchOptions options, TimeProvider time) : IDocumentFetcher, IDisposable
{
    private readonly WebFetcher _fetcher = new(options, time);

    public Task<FetchedDocuments> FetchPageAsync(Uri url, CancellationToken cancellationToken) => CollectAsync(url, cancellationToken);

    /// <summary>A feed URL yields its items (teasers' pages fetched); an OPML list is read as feeds.</summary>
    public Task<FetchedDocuments> FetchFeedAsync(Uri url, CancellationToken cancellationToken) => CollectAsync(url, cancellationToken);

    private async Task<FetchedDocuments> CollectAsync(Uri url, CancellationToken cancellationToken)
    {
        var documents = new List<RawDocument>();
        var errors = new List<IngestError>();
        var source = new WebIngestSource(_fetcher, IngestOptions.Default);
        await foreach (var item in source.FromUrlAsync(url.AbsoluteUri, cancellationToken).ConfigureAwait(false))
        {
            if (item.Document is { } document)
            {
                documents.Add(document);
            }
            else if (item.Error is { } error)
            {
                errors.Add(error);
            }
        }

        return new FetchedDocuments(documents, errors);
    }

    public void Dispose() => _fetcher.Dispose();
}
