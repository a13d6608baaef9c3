using System.Globalization;
using System.Text;

namespace CrossCheck.Ingest.Http;

/// <summary>An HTTP/1.x response as archived in a WARC record: status, headers and the decoded body.</summary>
internal sealed record HttpMessage(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>Parses a raw response; undoes chunked transfer coding and Content-Encoding within the limit.</summary>
    public static (HttpMessage? Message, string? Error) Parse(ReadOnlySpan<byte> raw, long maxBodyBytes)
    {
        var headerEnd = raw.IndexOf("\r\n\r\n"u8);
        var separator = 4;
        if (headerEnd < 0)
        {
            headerEnd = raw.IndexOf("\n\n"u8);
            separator = 2;
        }

        if (headerEnd < 0 || !raw.StartsWith("HTTP/"u8))
        {
            return (null, "not an HTTP response");
        }

        var lines = Encoding.Latin1.GetString(raw[..headerEnd]).Split('\n');
        var statusParts = lines[0].Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (statusParts.Length < 2 || !int.TryParse(statusParts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            return (null, "bad HTTP status line");
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        var body = raw[(headerEnd + separator)..].ToArray();
        if (headers.TryGetValue("Transfer-Encoding", out var transfer) && transfer.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Dechunk(body);
        }

        var (decoded, error) = ContentDecompressor.Decode(body, headers.GetValueOrDefault("Content-Encoding"), maxBodyBytes);
        return decoded is null ? (null, error) : (new HttpMessage(status, headers, decoded), null);
    }

    /// <summary>Joins chunks; a malformed chunk ends the body at what was read so far.</summary>
    private static byte[] Dechunk(byte[] body)
    {
        using var output = new MemoryStream();
        var position = 0;
        while (position < body.Length)
        {
            var lineEnd = Array.IndexOf(body, (byte)'\n', position);
            if (lineEnd < 0)
            {
                break;
            }

            var sizeText = Encoding.ASCII.GetString(body, position, lineEnd - position).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size <= 0 || lineEnd + 1 + size > body.Length)
            {
                break;
            }

            output.Write(body, lineEnd + 1, size);
            position = lineEnd + 1 + size;
            while (position < body.Length && body[position] is (byte)'\r' or (byte)'\n')
            {
                position++;
            }
        }

        return output.ToArray();
    }
}
