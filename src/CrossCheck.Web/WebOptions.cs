namespace CrossCheck.Web;

/// <summary>How <c>crosscheck serve</c> runs the web application.</summary>
internal sealed record WebOptions
{
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>Key required in the X-Api-Key header by write endpoints (and by the add form). Null: writes are refused.</summary>
    public string? ApiKey { get; init; }

    /// <summary>When true, read endpoints and pages also require the API key.</summary>
    public bool ReadsRequireKey { get; init; }

    /// <summary>Allows fetching URLs on loopback, link-local and private networks (tests, intranets).</summary>
    public bool AllowPrivateAddresses { get; init; }

    /// <summary>Largest accepted request body, in bytes.</summary>
    public long MaxRequestBytes { get; init; } = 4 * 1024 * 1024;
}
