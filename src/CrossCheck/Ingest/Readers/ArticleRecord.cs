using System.Globalization;
using System.Text.Json;
using CrossCheck.Ingest.Decoding;

namespace CrossCheck.Ingest.Readers;

/// <summary>The JSON article record, as in a JSONL line or a web API body:
/// <c>{"id","url","outlet","title","published","byline","text"|"html"}</c>; every field but text/html optional
/// (the API also takes <c>{"url"}</c> alone, to fetch). Fields are read as strings, or as the raw text of a number.
/// The JSONL reader and the web API read their records with it.</summary>
internal sealed record ArticleRecord(
    string? Id = null,
    string? Url = null,
    string? Outlet = null,
    string? Title = null,
    string? Published = null,
    string? Byline = null,
    string? Text = null,
    string? Html = null)
{
    /// <summary>Neither text nor html: only a URL to fetch (or nothing).</summary>
    public bool IsUrlOnly => Text is null && Html is null;

    /// <summary>A JSONL line: a document, or a reason the record is unusable.</summary>
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
            return root.ValueKind != JsonValueKind.Object
                ? (null, $"expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}")
                : Read(root).ToDocument(defaultId, source);
        }
    }

    /// <summary>The record's fields from a JSON object (other members are ignored).</summary>
    public static ArticleRecord Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("expected a JSON object", nameof(element));
        }

        return new ArticleRecord(
            Field(element, "id"), Field(element, "url"), Field(element, "outlet"), Field(element, "title"),
            Field(element, "published"), Field(element, "byline"), Field(element, "text"), Field(element, "html"));
    }

    /// <summary>The document the record describes (text preferred to html, everything NFC-normalised), or a reason
    /// there is none. <paramref name="defaultId"/> stands in for a missing or empty id.</summary>
    public (RawDocument? Document, string? Error) ToDocument(string defaultId, string source)
    {
        if (IsUrlOnly)
        {
            return (null, "record has neither \"text\" nor \"html\"");
        }

        var body = !string.IsNullOrWhiteSpace(Text) ? Text : Html;
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, "record has an empty \"text\"/\"html\"");
        }

        var metadata = new DocumentMetadata(Normalize(Title), Normalize(Outlet), Url, Published, Normalize(Byline));
        var format = ReferenceEquals(body, Text) ? DocumentFormat.PlainText : DocumentFormat.Html;
        var id = Id is { Length: > 0 } given ? given : defaultId;
        return (new RawDocument(id, source, format, UnicodeNfc.Normalize(body), metadata), null);
    }

    private static string? Normalize(string? value) => value is null ? null : UnicodeNfc.Normalize(value);

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
