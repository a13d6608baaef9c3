using CrossCheck.Ingest;

namespace CrossCheck.Web.Api;

/// <summary>Fetches pages and feeds for the API and the add form, under the server's address policy.</summary>
internal interface IDocumentFetcher
{
    /// <summary>The page at <paramref name="url"/> as a document, or the reason it could not be fetched.</summary>
    Task<FetchedDocuments> FetchPageAsync(Uri url, CancellationToken cancellationToken);

    /// <summary>Every item of the feed (RSS, Atom or OPML list of feeds) at <paramref name="url"/>.</summary>
    Task<FetchedDocuments> FetchFeedAsync(Uri url, CancellationToken cancellationToken);
}

internal sealed record FetchedDocuments(IReadOnlyList<RawDocument> Documents, IReadOnlyList<IngestError> Errors);
