using System.Globalization;
using CrossCheck.Ingest.Decoding;

namespace CrossCheck.Ingest.Readers;

/// <summary>JSON Lines: one article record per line, streamed so a dump of any size fits in bounded memory.
/// Errors name the line (<c>file:12</c>).</summary>
public sealed class JsonlDocumentReader : IDocumentReader
{
    public IReadOnlyList<string> Extensions { get; } = [".jsonl", ".ndjson"];

    public IEnumerable<IngestItem> Read(string path, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [IngestItem.Fail(path, $"cannot read ({ex.Message})")];
        }

        return ReadLines(stream, path, options);
    }

    private static IEnumerable<IngestItem> ReadLines(FileStream stream, string path, IngestOptions options)
    {
        using (stream)
        {
            if (FirstProblem(stream) is { } problem)
            {
                yield return IngestItem.Fail(path, problem);
                yield break;
            }

            var reader = new ByteLineReader(stream, options.MaxRecordBytes);
            var baseId = DocumentIds.FromPath(path);
            int lineNumber = 0, documents = 0, failures = 0;
            while (reader.ReadLine(out var oversized) is { } bytes)
            {
                lineNumber++;
                var source = path + ":" + lineNumber.ToString(CultureInfo.InvariantCulture);
                var item = ReadLine(bytes, oversized, source, $"{baseId}-{lineNumber.ToString(CultureInfo.InvariantCulture)}", options);
                if (item is null)
                {
                    continue;
                }

                documents += item.Document is null ? 0 : 1;
                failures += item.Document is null ? 1 : 0;
                yield return item;
                if (documents == 0 && failures >= options.MaxLeadingFailures)
                {
                    yield return IngestItem.Fail(path, $"gave up after {failures} bad lines and no good one: not a JSONL file?");
                    yield break;
                }
            }

            if (documents + failures == 0)
            {
                yield return IngestItem.Fail(path, "empty file (no records)");
            }
        }
    }

    private static IngestItem? ReadLine(byte[] bytes, bool oversized, string source, string defaultId, IngestOptions options)
    {
        if (oversized)
        {
            return IngestItem.Fail(source, $"line is over the {ByteSize.Format(options.MaxRecordBytes)} limit");
        }

        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        if (span.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r']).IsEmpty)
        {
            return null;
        }

        var decoded = TextDecoder.Decode(span);
        if (decoded.Text is null)
        {
            return IngestItem.Fail(source, decoded.Error!);
        }

        var (document, error) = ArticleRecord.Parse(decoded.Text, defaultId, source);
        return document is null ? IngestItem.Fail(source, error!) : IngestItem.Ok(document);
    }

    /// <summary>A whole-file verdict from the first bytes: empty or binary.</summary>
    private static string? FirstProblem(FileStream stream)
    {
        var head = new byte[8192];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        if (read == 0)
        {
            return "empty file";
        }

        return BinarySniffer.Describe(head.AsSpan(0, read));
    }
}
