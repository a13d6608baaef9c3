using System.Globalization;
using System.Text.Json;

namespace CrossCheck.Ingest.Readers;

/// <summary>One JSON article record, as in a JSONL line or an API body:
/// <c>{"id","url","outlet","title","published","byline","text"|"html"}</c>; every field but text/html optional.</summary>
internal static class JsonRecord
{
    /// <summary>A document, or a reason the record is unusable.</summary>
    public static (RawDocument? Document, string? Error) Parse(string json, string defaultId, string source)
    {
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException ex)
        {
            var column = (ex.BytePositionInLine ?? 0) + 1;
            return (null, $"malformed JSON at column {column.ToString(CultureInfo.InvariantCulture)}");
        }

        using (parsed)
        {
            var root = parsed.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, $"expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}");
            }

            var text = Field(root, "text");
            var html = Field(root, "html");
            if (text is null && html is null)
            {
                return (null, "record has neither \"text\" nor \"html\"");
            }

            var body = !string.IsNullOrWhiteSpace(text) ? text : html;
            if (string.IsNullOrWhiteSpace(body))
            {
                return (null, "record has an empty \"text\"/\"html\"");
            }

            var metadata = new DocumentMetadata(
                Field(root, "title"), Field(root, "outlet"), Field(root, "url"), Field(root, "published"), Field(root, "byline"));
            var format = ReferenceEquals(body, text) ? DocumentFormat.PlainText : DocumentFormat.Html;
            var id = Field(root, "id") is { Length: > 0 } given ? given : defaultId;
            return (new RawDocument(id, source, format, Decoding.UnicodeNfc.Normalize(body!), metadata with
            {
                Title = Normalize(metadata.Title),
                Outlet = Normalize(metadata.Outlet),
                Byline = Normalize(metadata.Byline),
            }), null);
        }
    }

    private static string? Normalize(string? value) => value is null ? null : Decoding.UnicodeNfc.Normalize(value);

    private static string? Field(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }
}
