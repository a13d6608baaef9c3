using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossCheck.Dossiers;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(DossierDocument))]
[JsonSerializable(typeof(ArticleEntry))]
[JsonSerializable(typeof(StoryDossier))]
internal sealed partial class DossierJsonContext : JsonSerializerContext;

/// <summary>Reads and writes the dossier JSON contract.</summary>
public static class DossierJson
{
    public static string Serialize(DossierDocument document) =>
        JsonSerializer.Serialize(document, DossierJsonContext.Default.DossierDocument);

    /// <summary>Writes straight to <paramref name="stream"/>: a dossier of thousands of reports need not be
    /// held as one string.</summary>
    public static void Serialize(Stream stream, DossierDocument document) =>
        JsonSerializer.Serialize(stream, document, DossierJsonContext.Default.DossierDocument);

    /// <summary>Writes a document whose stories arrive one at a time (see <c>CrossCheckPipeline.Stream</c>): each
    /// story is written and let go before the next is taken. The bytes are those of the whole-document overload.</summary>
    public static void Serialize(Stream stream, IReadOnlyList<ArticleEntry> articles, IEnumerable<StoryDossier> stories)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(stories);
        var context = DossierJsonContext.Default;
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = context.Options.Encoder });
        writer.WriteStartObject();
        writer.WriteString("schemaVersion", DossierDocument.CurrentSchemaVersion);
        writer.WriteStartArray("articles");
        foreach (var article in articles)
        {
            JsonSerializer.Serialize(writer, article, context.ArticleEntry);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("stories");
        foreach (var story in stories)
        {
            JsonSerializer.Serialize(writer, story, context.StoryDossier);
            writer.Flush();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static DossierDocument Deserialize(string json) =>
        JsonSerializer.Deserialize(json, DossierJsonContext.Default.DossierDocument)
        ?? throw new JsonException("The dossier JSON is empty.");
}
