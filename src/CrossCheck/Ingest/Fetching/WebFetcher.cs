using System.Net;
using System.Net.Http.Headers;
using CrossCheck.Ingest.Http;

namespace CrossCheck.Ingest.Fetching;

/// <summary>Fetches pages and feeds defensively: vetted addresses only (see <see cref="VettedConnector"/>), redirects
/// followed by hand so every hop is checked, a per-host politeness delay, a whole-request timeout, and a body limit
/// that also bounds decompressed content.</summary>
internal sealed class WebFetcher : IDisposable
{
    private readonly HttpClient _client;
    private readonly FetchOptions _options;
    private readonly TimeProvider _time;
    private readonly HostPoliteness _politeness;

    public WebFetcher(FetchOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _time = time;
        _politeness = new HostPoliteness(options.PolitenessDelay, time);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectCallback = new VettedConnector(options).ConnectAsync,
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            UseCookies = false,
        };
        _client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    }

    public async Task<FetchResult> FetchAsync(Uri url, ConditionalHeaders? conditional = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        using var timeout = new CancellationTokenSource(_options.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        var current = url;
        try
        {
            for (var hop = 0; ; hop++)
            {
                if (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps)
                {
                    return FetchResult.Fail(url, current, $"refused: {current.Scheme} URLs are not fetched");
                }

                await _politeness.WaitTurnAsync(current.Authority, linked.Token).ConfigureAwait(false);
                using var request = BuildRequest(current, conditional);
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && status != 304)
                {
                    if (hop >= _options.MaxRedirects)
                    {
                        return FetchResult.Fail(url, current, $"too many redirects (more than {_options.MaxRedirects})", status);
                    }

                    if (response.Headers.Location is not { } location)
                    {
                        return FetchResult.Fail(url, current, $"redirect {status} without a Location", status);
                    }

                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    continue;
                }

                return await ReadAsync(url, current, response, linked.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return FetchResult.Fail(url, current, $"timed out after {_options.Timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException ex)
        {
            return FetchResult.Fail(url, current, Describe(ex));
        }
        catch (IOException ex)
        {
            return FetchResult.Fail(url, current, $"connection failed ({ex.Message.TrimEnd('.')})");
        }
    }

    private HttpRequestMessage BuildRequest(Uri url, ConditionalHeaders? conditional)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.UserAgent.ParseAdd(_options.UserAgent);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5");
        request.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br");
        if (conditional?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (conditional?.LastModified is { } modified)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
        }

        return request;
    }

    private async Task<FetchResult> ReadAsync(Uri requested, Uri final, HttpResponseMessage response, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        var etag = response.Headers.ETag?.ToString();
        var lastModified = response.Content.Headers.LastModified?.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        if (status == 304)
        {
            return new FetchResult(requested, final, status, null, null, etag, lastModified, null);
        }

        if (status is < 200 or >= 300)
        {
            return FetchResult.Fail(requested, final, $"HTTP {status} {response.ReasonPhrase}".TrimEnd(), status);
        }

        if (response.Content.Headers.ContentLength is { } declared && declared > _options.MaxBodyBytes)
        {
            return FetchResult.Fail(requested, final, $"body is {ByteSize.Format(declared)}, over the {ByteSize.Format(_options.MaxBodyBytes)} limit", status);
        }

        await using var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        var (raw, readError) = await BoundedBody.ReadAsync(stream, _options.MaxBodyBytes, ct).ConfigureAwait(false);
        if (raw is null)
        {
            return FetchResult.Fail(requested, final, readError!, status);
        }

        var (body, decodeError) = ContentDecompressor.Decode(raw, string.Join(',', response.Content.Headers.ContentEncoding), _options.MaxBodyBytes);
        return body is null
            ? FetchResult.Fail(requested, final, decodeError!, status)
            : new FetchResult(requested, final, status, response.Content.Headers.ContentType?.ToString(), body, etag, lastModified, null);
    }

    private static string Describe(HttpRequestException ex)
    {
        for (Exception? inner = ex; inner is not null; inner = inner.InnerException)
        {
            if (inner is AddressRefusedException refused)
            {
                return refused.Message;
            }
        }

        return ex.InnerException is { } cause ? $"{ex.Message.TrimEnd('.')} ({cause.Message.TrimEnd('.')})" : ex.Message.TrimEnd('.');
    }

    public void Dispose() => _client.Dispose();
}
