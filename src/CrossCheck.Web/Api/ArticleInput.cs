using System.Text.Json;
using CrossCheck.Ingest;

namespace CrossCheck.Web.Api;

/// <summary>An article as the API accepts it: the JSONL input record ({"id","url","outlet","title",
/// "published","text"|"html"}), or only {"url"} to have the server fetch it.</summary>
internal sealed record ArticleInput(string? Id, string? Url, string? Outlet, string? Title, string? Published, string? Text, string? Html)
{
    public bool IsUrlOnly => Text is null && Html is null;

    public RawDocument ToDocument(string fallbackId) => new(
        string.IsNullOrWhiteSpace(Id) ? fallbackId : Id,
        Url ?? "api:" + (Id ?? fallbackId),
        Text is null ? DocumentFormat.Html : DocumentFormat.PlainText,
        Text ?? Html ?? string.Empty,
        new DocumentMetadata(Title, Outlet, Url, Published));

    /// <summary>Reads one record or an array of records; throws <see cref="JsonException"/> on anything else.</summary>
    public static IReadOnlyList<ArticleInput> ParseBody(JsonElement body)
    {
        return body.ValueKind switch
        {
            JsonValueKind.Object => [FromJson(body)],
            JsonValueKind.Array => body.EnumerateArray().Select(FromJson).ToList(),
            _ => throw new JsonException("expected an article object or an array of them"),
        };
    }

    private static ArticleInput FromJson(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("each article must be a JSON object");
        }

        string? Field(string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        var input = new ArticleInput(Field("id"), Field("url"), Field("outlet"), Field("title"), Field("published"), Field("text"), Field("html"));
        if (input.IsUrlOnly && input.Url is null)
        {
            throw new JsonException("an article needs \"text\", \"html\" or \"url\"");
        }

        return input;
    }
}
