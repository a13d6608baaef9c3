using System.Globalization;
using System.IO.Compression;
using CrossCheck.Ingest.Http;
using CrossCheck.Ingest.Readers;

namespace CrossCheck.Ingest.Warc;

/// <summary>WARC and WARC.gz archives: each <c>response</c> (or <c>resource</c>) record holding an HTML page becomes
/// a document with the record's target URI; other records are passed over; broken records give one error line each.</summary>
internal sealed class WarcDocumentReader : IDocumentReader
{
    public IReadOnlyList<string> Extensions { get; } = [".warc", ".warc.gz"];

    public IEnumerable<IngestItem> Read(string path, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Stream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [IngestItem.Fail(path, $"cannot read ({ex.Message})")];
        }

        var stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        return Records(stream, path, options);
    }

    public static IEnumerable<IngestItem> Records(Stream stream, string path, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        using (stream)
        {
            var reader = new WarcRecordReader(stream, options.MaxRecordBytes);
            var baseId = DocumentIds.FromPath(path);
            var index = 0;
            while (true)
            {
                WarcRecord? record;
                string? fatal = null;
                try
                {
                    record = reader.Next();
                }
                catch (InvalidDataException)
                {
                    record = null;
                    fatal = $"corrupt gzip data after record {index.ToString(CultureInfo.InvariantCulture)}; rest of the file skipped";
                }

                if (fatal is not null)
                {
                    yield return IngestItem.Fail(path, fatal);
                    yield break;
                }

                if (record is null)
                {
                    break;
                }

                index++;
                var source = $"{path}@{record.Offset.ToString(CultureInfo.InvariantCulture)}";
                if (index == 1 && record.Error is not null && record.Offset == 0 && record.Headers.Count == 0)
                {
                    yield return IngestItem.Fail(path, "not a WARC file (" + record.Error + ")");
                    yield break;
                }

                if (ToItem(record, source, $"{baseId}-{index.ToString(CultureInfo.InvariantCulture)}", options) is { } item)
                {
                    yield return item;
                }
            }

            if (index == 0)
            {
                yield return IngestItem.Fail(path, "empty file");
            }
        }
    }

    private static IngestItem? ToItem(WarcRecord record, string source, string id, IngestOptions options)
    {
        if (record.Error is not null)
        {
            return IngestItem.Fail(source, record.Error);
        }

        var contentType = record.Header("Content-Type") ?? string.Empty;
        var uri = record.Header("WARC-Target-URI")?.Trim('<', '>');
        byte[] body;
        string? httpContentType;
        if (record.Type == "response" && contentType.StartsWith("application/http", StringComparison.OrdinalIgnoreCase))
        {
            var (message, error) = HttpMessage.Parse(record.Block, options.MaxRecordBytes);
            if (message is null)
            {
                return IngestItem.Fail(source, error!);
            }

            if (message.Status != 200)
            {
                return null;
            }

            body = message.Body;
            httpContentType = message.Header("Content-Type");
        }
        else if (record.Type == "resource")
        {
            body = record.Block!;
            httpContentType = contentType;
        }
        else
        {
            return null;
        }

        if (!IsHtml(httpContentType))
        {
            return null;
        }

        var (text, decodeError) = InputFile.DecodeNonEmpty(body, Decoding.CharsetSniffer.FromContentType(httpContentType), sniffMarkup: true);
        return text is null
            ? IngestItem.Fail(source, decodeError!)
            : IngestItem.Ok(new RawDocument(id, source, DocumentFormat.Html, text, new DocumentMetadata(Url: uri)));
    }

    private static bool IsHtml(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("application/xhtml+xml", StringComparison.OrdinalIgnoreCase));
}
