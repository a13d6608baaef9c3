using System.IO.Compression;

namespace CrossCheck.Ingest.Http;

/// <summary>Undoes a Content-Encoding (gzip, deflate, br) without ever producing more than a limit of bytes,
/// so a small compressed bomb cannot expand into gigabytes.</summary>
internal static class ContentDecompressor
{
    /// <summary>The decoded bytes, or a reason (unknown encoding, corrupt data, over the limit).</summary>
    public static (byte[]? Bytes, string? Error) Decode(byte[] body, string? contentEncoding, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(body);
        var encoding = contentEncoding?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(encoding) || encoding is "identity")
        {
            return body.LongLength > maxBytes ? (null, $"body is over the {ByteSize.Format(maxBytes)} limit") : (body, null);
        }

        using var compressed = new MemoryStream(body, writable: false);
        Stream? decoder = encoding switch
        {
            "gzip" or "x-gzip" => new GZipStream(compressed, CompressionMode.Decompress),
            "deflate" => new ZLibStream(compressed, CompressionMode.Decompress),
            "br" => new BrotliStream(compressed, CompressionMode.Decompress),
            _ => null,
        };
        if (decoder is null)
        {
            return (null, $"unsupported Content-Encoding '{contentEncoding}'");
        }

        using (decoder)
        {
            return ReadBounded(decoder, maxBytes, "decompressed body");
        }
    }

    /// <summary>Reads a stream to its end, refusing to go past <paramref name="maxBytes"/>.</summary>
    public static (byte[]? Bytes, string? Error) ReadBounded(Stream stream, long maxBytes, string what)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        try
        {
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                if (output.Length + read > maxBytes)
                {
                    return (null, $"{what} is over the {ByteSize.Format(maxBytes)} limit");
                }

                output.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            return (null, $"corrupt compressed data in {what}");
        }

        return (output.ToArray(), null);
    }
}
