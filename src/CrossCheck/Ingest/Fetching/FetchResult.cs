namespace CrossCheck.Ingest.Fetching;

/// <summary>The outcome of fetching a URL (after redirects): a body, a 304 Not Modified, or a one-line error.</summary>
internal sealed record FetchResult(
    Uri RequestedUrl,
    Uri FinalUrl,
    int Status,
    string? ContentType,
    byte[]? Body,
    string? ETag,
    string? LastModified,
    string? Error)
{
    public bool NotModified => Status == 304;

    public bool Succeeded => Error is null && Body is not null;

    public static FetchResult Fail(Uri requested, Uri final, string error, int status = 0) =>
        new(requested, final, status, null, null, null, null, error);
}

/// <summary>Validators from an earlier fetch, sent as If-None-Match / If-Modified-Since.</summary>
internal sealed record ConditionalHeaders(string? ETag, string? LastModified);
