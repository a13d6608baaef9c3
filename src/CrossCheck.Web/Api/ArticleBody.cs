using System.Text.Json;
using CrossCheck.Ingest;
using CrossCheck.Ingest.Readers;

namespace CrossCheck.Web.Api;

/// <summary>An API body: one <see cref="ArticleRecord"/> (the JSONL input record, or only {"url"} to have the
/// server fetch it) or an array of them.</summary>
internal static class ArticleBody
{
    /// <summary>Reads one record or an array of records; throws <see cref="JsonException"/> on anything else.</summary>
    public static IReadOnlyList<ArticleRecord> Parse(JsonElement body)
    {
        return body.ValueKind switch
        {
            JsonValueKind.Object => [Read(body)],
            JsonValueKind.Array => body.EnumerateArray().Select(Read).ToList(),
            _ => throw new JsonException("expected an article object or an array of them"),
        };
    }

    /// <summary>The document a record with text or html describes; its source is its URL, else <c>api:</c> and its id.</summary>
    public static (RawDocument? Document, string? Error) ToDocument(ArticleRecord record, string fallbackId)
    {
        ArgumentNullException.ThrowIfNull(record);
        var id = string.IsNullOrWhiteSpace(record.Id) ? fallbackId : record.Id;
        return record.ToDocument(id, record.Url ?? "api:" + id);
    }

    private static ArticleRecord Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("each article must be a JSON object");
        }

        var record = ArticleRecord.Read(element);
        if (record.IsUrlOnly && record.Url is null)
        {
            throw new JsonException("an article needs \"text\", \"html\" or \"url\"");
        }

        return record;
    }
}
