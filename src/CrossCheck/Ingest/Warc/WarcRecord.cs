namespace CrossCheck.Ingest.Warc;

/// <summary>One WARC record: its named headers and content block, or the reason it could not be read.
/// <see cref="Offset"/> is the record's position in the (decompressed) stream, for error messages.</summary>
internal sealed record WarcRecord(long Offset, IReadOnlyDictionary<string, string> Headers, byte[]? Block, string? Error)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public string? Type => Header("WARC-Type");
}
