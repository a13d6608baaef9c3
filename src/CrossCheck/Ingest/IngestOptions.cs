namespace CrossCheck.Ingest;

/// <summary>Limits that keep one bad input from exhausting memory.</summary>
internal sealed record IngestOptions
{
    public static IngestOptions Default { get; } = new();

    /// <summary>Largest single-document file (.txt, .md, .html) read whole.</summary>
    public long MaxFileBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Largest record inside a container (a JSONL line, a WARC record, a feed document).</summary>
    public long MaxRecordBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>A container whose first this-many records all fail is abandoned with one line, not thousands.</summary>
    public int MaxLeadingFailures { get; init; } = 20;
}
