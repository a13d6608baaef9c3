namespace CrossCheck.Ingest.Decoding;

/// <summary>Decoded text and the encoding used, or a one-line reason why the bytes are not readable text.</summary>
internal sealed record DecodeOutcome(string? Text, string? EncodingName, string? Error)
{
    public bool Succeeded => Text is not null;

    public static DecodeOutcome Ok(string text, string encodingName) => new(text, encodingName, null);

    public static DecodeOutcome Fail(string reason) => new(null, null, reason);
}
