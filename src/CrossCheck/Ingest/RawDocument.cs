namespace CrossCheck.Ingest;

/// <summary>How the content of a <see cref="RawDocument"/> is encoded.</summary>
public enum DocumentFormat
{
    PlainText,
    Html,
}

/// <summary>Metadata an input gave explicitly (front matter, JSONL fields, feed items).</summary>
public sealed record DocumentMetadata(
    string? Title = null,
    string? Outlet = null,
    string? Url = null,
    string? Published = null,
    string? Byline = null)
{
    public static DocumentMetadata None { get; } = new();
}

/// <summary>One input document before extraction. <paramref name="Source"/> names where it came from
/// (a path, a path with a line number, a URL) so errors and citations can point back to it.</summary>
public sealed record RawDocument(
    string Id,
    string Source,
    DocumentFormat Format,
    string Content,
    DocumentMetadata Metadata);

/// <summary>An input that could not be read, with a one-line reason for the user.</summary>
public sealed record IngestError(string Source, string Message)
{
    public override string ToString() => $"{Source}: {Message}";
}

/// <summary>What reading a batch of inputs produced: the documents and the inputs that failed.</summary>
internal sealed record IngestResult(IReadOnlyList<RawDocument> Documents, IReadOnlyList<IngestError> Errors);
