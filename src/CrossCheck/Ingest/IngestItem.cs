namespace CrossCheck.Ingest;

/// <summary>One outcome of reading inputs: a document, or an error naming the input and the reason.</summary>
internal sealed record IngestItem(RawDocument? Document, IngestError? Error)
{
    public static IngestItem Ok(RawDocument document) => new(document, null);

    public static IngestItem Fail(string source, string reason) => new(null, new IngestError(source, reason));
}
