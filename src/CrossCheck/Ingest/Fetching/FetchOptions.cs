using System.Net;

namespace CrossCheck.Ingest.Fetching;

/// <summary>How politely and defensively pages and feeds are fetched.</summary>
internal sealed record FetchOptions
{
    public string UserAgent { get; init; } = "CrossCheck/0.1 (+https://github.com/crosscheck/crosscheck; news cross-checking)";

    /// <summary>Whole-request limit: connect, headers and body.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Largest body accepted, before and after decompression.</summary>
    public long MaxBodyBytes { get; init; } = 10L * 1024 * 1024;

    public int MaxRedirects { get; init; } = 5;

    /// <summary>Least time between two requests to the same host.</summary>
    public TimeSpan PolitenessDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Allow loopback, private, link-local, unique-local and multicast addresses (off by default).</summary>
    public bool AllowPrivate { get; init; }

    /// <summary>Specific non-public addresses allowed even when <see cref="AllowPrivate"/> is off.</summary>
    public IReadOnlySet<IPAddress> AllowedAddresses { get; init; } = new HashSet<IPAddress>();
}
