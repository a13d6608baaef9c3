namespace CrossCheck.Ingest.Readers;

/// <summary>Reads '\n'-terminated lines of bytes from a stream, never holding more than a limit in memory:
/// a longer line is skipped and reported as oversized.</summary>
internal sealed class ByteLineReader(Stream stream, long maxLineBytes)
{
    private readonly byte[] _buffer = new byte[65536];
    private int _start;
    private int _end;

    /// <summary>The next line without its terminator (and a trailing '\r' removed); null at the end of the stream.
    /// <paramref name="oversized"/> is true when the line exceeded the limit (its bytes are then empty).</summary>
    public byte[]? ReadLine(out bool oversized)
    {
        oversized = false;
        using var line = new MemoryStream();
        var sawAny = false;
        while (true)
        {
            if (_start == _end && !Fill())
            {
                return sawAny ? Finish(line, oversized) : null;
            }

            sawAny = true;
            var span = _buffer.AsSpan(_start, _end - _start);
            var newline = span.IndexOf((byte)'\n');
            var take = newline < 0 ? span : span[..newline];
            if (!oversized)
            {
                if (line.Length + take.Length > maxLineBytes)
                {
                    oversized = true;
                    line.SetLength(0);
                }
                else
                {
                    line.Write(take);
                }
            }

            _start += newline < 0 ? span.Length : newline + 1;
            if (newline >= 0)
            {
                return Finish(line, oversized);
            }
        }
    }

    private bool Fill()
    {
        _start = 0;
        _end = stream.Read(_buffer, 0, _buffer.Length);
        return _end > 0;
    }

    private static byte[] Finish(MemoryStream line, bool oversized)
    {
        if (oversized)
        {
            return [];
        }

        var bytes = line.ToArray();
        return bytes.Length > 0 && bytes[^1] == (byte)'\r' ? bytes[..^1] : bytes;
    }
}
