using System.Globalization;
using System.Text;

namespace CrossCheck.Ingest.Warc;

/// <summary>Reads WARC 1.0/1.1 records from a stream: a <c>WARC/</c> version line, header lines, a blank line and a
/// block of exactly Content-Length bytes. A broken record yields one error record and reading resumes at the next
/// <c>WARC/</c> line; memory stays bounded by the record and header limits.</summary>
internal sealed class WarcRecordReader(Stream stream, long maxRecordBytes)
{
    private const int MaxLineBytes = 16 * 1024;
    private const int MaxHeaderLines = 256;

    private readonly BufferedStream _input = new(stream, 65536);
    private long _position;
    private string? _pendingVersionLine;

    public WarcRecord? Next()
    {
        var start = _position;
        var versionLine = _pendingVersionLine ?? SkipBlankLines();
        _pendingVersionLine = null;
        if (versionLine is null)
        {
            return null;
        }

        if (!versionLine.StartsWith("WARC/", StringComparison.Ordinal))
        {
            var skipped = Resynchronize();
            return Broken(start, $"no WARC record here; skipped {ByteSize.Format(skipped)} to the next record");
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var count = 0; ; count++)
        {
            var line = ReadLine();
            if (line is null)
            {
                return Broken(start, "truncated record headers");
            }

            if (line.Length == 0)
            {
                break;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (count >= MaxHeaderLines || colon <= 0)
            {
                Resynchronize();
                return Broken(start, count >= MaxHeaderLines ? "too many header lines" : $"malformed header line '{Truncate(line)}'");
            }

            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        if (!long.TryParse(headers.GetValueOrDefault("Content-Length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            Resynchronize();
            return Broken(start, "missing or invalid Content-Length");
        }

        if (length > maxRecordBytes)
        {
            var skipped = Skip(length);
            return new WarcRecord(start, headers, null, skipped < length
                ? "truncated record"
                : $"record is {ByteSize.Format(length)}, over the {ByteSize.Format(maxRecordBytes)} limit");
        }

        var block = new byte[length];
        var read = _input.ReadAtLeast(block, block.Length, throwOnEndOfStream: false);
        _position += read;
        return read < length
            ? new WarcRecord(start, headers, null, $"truncated record ({read.ToString(CultureInfo.InvariantCulture)} of {length.ToString(CultureInfo.InvariantCulture)} bytes)")
            : new WarcRecord(start, headers, block, null);
    }

    private static WarcRecord Broken(long offset, string reason) => new(offset, new Dictionary<string, string>(), null, reason);

    private string? SkipBlankLines()
    {
        while (ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                return line;
            }
        }

        return null;
    }

    /// <summary>Discards lines up to the next that starts a record; returns the bytes skipped.</summary>
    private long Resynchronize()
    {
        var from = _position;
        while (ReadLine() is { } line)
        {
            if (line.StartsWith("WARC/1.", StringComparison.Ordinal))
            {
                _pendingVersionLine = line;
                break;
            }
        }

        return _position - from;
    }

    private long Skip(long count)
    {
        var buffer = new byte[81920];
        long skipped = 0;
        while (skipped < count)
        {
            var read = _input.Read(buffer, 0, (int)Math.Min(buffer.Length, count - skipped));
            if (read == 0)
            {
                break;
            }

            skipped += read;
        }

        _position += skipped;
        return skipped;
    }

    /// <summary>A line without its CRLF/LF, cut at <see cref="MaxLineBytes"/>; null at the end of the stream.</summary>
    private string? ReadLine()
    {
        var bytes = new List<byte>();
        int value;
        var any = false;
        while ((value = _input.ReadByte()) >= 0)
        {
            any = true;
            _position++;
            if (value == '\n')
            {
                break;
            }

            if (bytes.Count < MaxLineBytes)
            {
                bytes.Add((byte)value);
            }
        }

        if (!any)
        {
            return null;
        }

        if (bytes.Count > 0 && bytes[^1] == '\r')
        {
            bytes.RemoveAt(bytes.Count - 1);
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    private static string Truncate(string line) => line.Length > 60 ? line[..60] + "..." : line;
}
