using System.Text;
using System.Text.Unicode;
using UtfUnknown;

namespace CrossCheck.Ingest.Decoding;

/// <summary>Turns bytes into NFC text. Order of trust: a byte-order mark; valid UTF-8 (which a wrong
/// declaration cannot make more likely to be something else); the declared charset (HTTP header, then the
/// document's own declaration); statistical detection; windows-1252 as the last resort.</summary>
internal static class TextDecoder
{
    private const double MaxReplacementRatio = 0.02;
    private const double MinDetectionConfidence = 0.5;

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <param name="data">The raw bytes.</param>
    /// <param name="declaredCharset">A charset from outside the document (an HTTP Content-Type header).</param>
    /// <param name="sniffMarkup">Look for <c>&lt;meta charset&gt;</c> / an XML declaration in the bytes.</param>
    public static DecodeOutcome Decode(ReadOnlySpan<byte> data, string? declaredCharset = null, bool sniffMarkup = false)
    {
        if (FromByteOrderMark(data) is { } bom)
        {
            return Finish(data[bom.Preamble.Length..], bom);
        }

        if (BinarySniffer.Utf16Endianness(data.Length > 8192 ? data[..8192] : data) is { } littleEndian)
        {
            return Finish(data, new UnicodeEncoding(bigEndian: !littleEndian, byteOrderMark: false));
        }

        if (BinarySniffer.Describe(data) is { } binary)
        {
            return DecodeOutcome.Fail(binary);
        }

        if (Utf8.IsValid(data))
        {
            return Finish(data, new UTF8Encoding(false));
        }

        var declared = Resolve(declaredCharset) ?? (sniffMarkup ? Resolve(CharsetSniffer.FromMarkup(data)) : null);
        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage)
        {
            return Finish(data, declared);
        }

        return Finish(data, Detect(data) ?? Encoding.GetEncoding(1252));
    }

    /// <summary>An encoding for a charset label, following the WHATWG aliases browsers use
    /// (ISO-8859-1 and US-ASCII labels mean windows-1252); null when unknown.</summary>
    public static Encoding? Resolve(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        if (name is "iso-8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "iso8859-1" or "cp819")
        {
            return Encoding.GetEncoding(1252);
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding? FromByteOrderMark(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new UTF8Encoding(true);
        }

        if (data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return new UTF32Encoding(bigEndian: false, byteOrderMark: true);
        }

        if (data.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return new UTF32Encoding(bigEndian: true, byteOrderMark: true);
        }

        if (data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        }

        return data.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? new UnicodeEncoding(bigEndian: true, byteOrderMark: true) : null;
    }

    private static Encoding? Detect(ReadOnlySpan<byte> data)
    {
        var sample = data.Length > 65536 ? data[..65536] : data;
        var result = CharsetDetector.DetectFromBytes(sample.ToArray());
        var detected = result.Detected;
        if (detected is null || detected.Confidence < MinDetectionConfidence)
        {
            return null;
        }

        return detected.Encoding ?? Resolve(detected.EncodingName);
    }

    private static DecodeOutcome Finish(ReadOnlySpan<byte> data, Encoding encoding)
    {
        var text = encoding.GetString(data);
        var replacements = text.AsSpan().Count('\uFFFD');
        if (replacements > 0 && replacements > text.Length * MaxReplacementRatio)
        {
            return DecodeOutcome.Fail($"undecodable text ({replacements} invalid characters as {encoding.WebName})");
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return DecodeOutcome.Ok(UnicodeNfc.Normalize(text), encoding.WebName);
    }
}
