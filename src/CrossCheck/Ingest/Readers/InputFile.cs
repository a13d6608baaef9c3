using CrossCheck.Ingest.Decoding;

namespace CrossCheck.Ingest.Readers;

/// <summary>Reads a whole input file within a size limit and decodes it to text, with one-line reasons on failure.</summary>
internal static class InputFile
{
    /// <summary>The file's bytes, or why they could not be read (missing, too large, unreadable).</summary>
    public static (byte[]? Bytes, string? Error) ReadBytes(string path, long maxBytes)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (stream.CanSeek && stream.Length > maxBytes)
            {
                return (null, $"file is {ByteSize.Format(stream.Length)}, over the {ByteSize.Format(maxBytes)} limit");
            }

            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return (null, $"file is over the {ByteSize.Format(maxBytes)} limit");
                }

                buffer.Write(chunk, 0, read);
            }

            return (buffer.ToArray(), null);
        }
        catch (FileNotFoundException)
        {
            return (null, "no such file or directory");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot read ({ex.Message})");
        }
    }

    /// <summary>The file decoded to NFC text, or why it is not usable text (empty, binary, undecodable).</summary>
    public static (string? Text, string? Error) ReadText(string path, long maxBytes, bool sniffMarkup)
    {
        var (bytes, error) = ReadBytes(path, maxBytes);
        if (bytes is null)
        {
            return (null, error);
        }

        return DecodeNonEmpty(bytes, declaredCharset: null, sniffMarkup);
    }

    /// <summary>Decodes bytes and rejects empty or whitespace-only content.</summary>
    public static (string? Text, string? Error) DecodeNonEmpty(ReadOnlySpan<byte> bytes, string? declaredCharset, bool sniffMarkup)
    {
        if (bytes.IsEmpty)
        {
            return (null, "empty file");
        }

        var decoded = TextDecoder.Decode(bytes, declaredCharset, sniffMarkup);
        if (decoded.Text is null)
        {
            return (null, decoded.Error);
        }

        return string.IsNullOrWhiteSpace(decoded.Text) ? (null, "empty file (only whitespace)") : (decoded.Text, null);
    }
}
