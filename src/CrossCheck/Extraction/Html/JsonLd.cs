using System.Text.Json;
using AngleSharp.Dom;

namespace CrossCheck.Extraction.Html;

/// <summary>What the page's JSON-LD (schema.org) says about the article. Article-typed objects
/// (NewsArticle, BlogPosting, ...) are preferred over any other object that carries the same field.</summary>
internal sealed record JsonLdFacts(string? Headline, string? DatePublished, string? Author, string? Publisher, string? Language, string? Url)
{
    public static JsonLdFacts Empty { get; } = new(null, null, null, null, null, null);
}

internal static class JsonLd
{
    private const int MaxScriptLength = 500_000;
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 48, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static JsonLdFacts Read(IDocument document)
    {
        var objects = new List<JsonElement>();
        var documents = new List<JsonDocument>();
        try
        {
            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json' i]"))
            {
                var json = script.TextContent;
                if (json.Length > MaxScriptLength)
                {
                    continue;
                }

                try
                {
                    var parsed = JsonDocument.Parse(json.Trim().TrimEnd(';'), Options);
                    documents.Add(parsed);
                    Collect(parsed.RootElement, objects, 0);
                }
                catch (JsonException)
                {
                    // A broken JSON-LD block is common; the page's other metadata still counts.
                }
            }

            var ordered = objects.OrderByDescending(IsArticle).ToList();
            return new JsonLdFacts(
                First(ordered, "headline"),
                First(ordered, "datePublished") ?? First(ordered, "dateCreated"),
                FirstName(ordered, "author"),
                FirstName(ordered, "publisher"),
                First(ordered, "inLanguage"),
                First(ordered.Where(IsArticle), "url"));
        }
        finally
        {
            foreach (var parsed in documents)
            {
                parsed.Dispose();
            }
        }
    }

    private static void Collect(JsonElement element, List<JsonElement> objects, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, objects, depth + 1);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            objects.Add(element);
            if (element.TryGetProperty("@graph", out var graph))
            {
                Collect(graph, objects, depth + 1);
            }

            if (element.TryGetProperty("mainEntity", out var main))
            {
                Collect(main, objects, depth + 1);
            }
        }
    }

    private static bool IsArticle(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        var names = type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString() ?? string.Empty)
            : type.ValueKind == JsonValueKind.String ? [type.GetString() ?? string.Empty] : [];
        return names.Any(n => n.EndsWith("Article", StringComparison.Ordinal) || n is "BlogPosting" or "Report" or "LiveBlogPosting" or "SocialMediaPosting");
    }

    private static string? First(IEnumerable<JsonElement> objects, string property)
    {
        foreach (var element in objects)
        {
            if (element.TryGetProperty(property, out var value) && AsString(value) is { } text)
            {
                return text;
            }
        }

        return null;
    }

    private static string? FirstName(IEnumerable<JsonElement> objects, string property)
    {
        foreach (var element in objects)
        {
            if (element.TryGetProperty(property, out var value) && Names(value) is { Count: > 0 } names)
            {
                return string.Join(", ", names.Distinct(StringComparer.Ordinal));
            }
        }

        return null;
    }

    private static List<string> Names(JsonElement value)
    {
        var names = new List<string>();
        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        foreach (var item in items.Take(10))
        {
            var name = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("name", out var n) ? AsString(n) : AsString(item);
            if (name is not null && !name.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static string? AsString(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array => value.EnumerateArray().Select(AsString).FirstOrDefault(s => s is not null),
            JsonValueKind.Object when value.TryGetProperty("@id", out var id) => AsString(id),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : DomWalk.Collapse(System.Net.WebUtility.HtmlDecode(text));
    }
}
