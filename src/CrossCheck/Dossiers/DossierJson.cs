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
    /// story is written and let go before the next is taken. <paramref name="articles"/> is read after the last story
    /// (the articles follow the stories), so a list the stories fill in as they are cross-checked
    /// (<c>StreamedCrossCheck.Entries</c>: rewrite links) is written whole. The bytes are those of the whole-document
    /// overload.</summary>
    public static void Serialize(Stream stream, IReadOnlyList<ArticleEntry> articles, IEnumerable<StoryDossier> stories)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(stories);
        using var writer = StartDocument(stream);
        foreach (var story in stories)
        {
            WriteStory(writer, story);
            writer.Flush();
        }

        EndDocument(writer, articles);
    }

    /// <summary>As <see cref="Serialize(Stream, IReadOnlyList{ArticleEntry}, IEnumerable{StoryDossier})"/>, for
    /// stories that arrive asynchronously (see <c>CrossCheckEngine.Stream</c>); the bytes are the same.</summary>
    public static async Task SerializeAsync(Stream stream, IReadOnlyList<ArticleEntry> articles, IAsyncEnumerable<StoryDossier> stories, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(stories);
        var writer = StartDocument(stream);
        await using (writer.ConfigureAwait(false))
        {
            await foreach (var story in stories.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                WriteStory(writer, story);
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            EndDocument(writer, articles);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static Utf8JsonWriter StartDocument(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = DossierJsonContext.Default.Options.Encoder });
        writer.WriteStartObject();
        writer.WriteString("schemaVersion", DossierDocument.CurrentSchemaVersion);
        writer.WriteStartArray("stories");
        return writer;
    }

    private static void WriteStory(Utf8JsonWriter writer, StoryDossier story) =>
        JsonSerializer.Serialize(writer, story, DossierJsonContext.Default.StoryDossier);

    private static void EndDocument(Utf8JsonWriter writer, IReadOnlyList<ArticleEntry> articles)
    {
        writer.WriteEndArray();
        writer.WriteStartArray("articles");
        foreach (var article in articles)
        {
            JsonSerializer.Serialize(writer, article, DossierJsonContext.Default.ArticleEntry);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static DossierDocument Deserialize(string json) =>
        JsonSerializer.Deserialize(json, DossierJsonContext.Default.DossierDocument)
        ?? throw new JsonException("The dossier JSON is empty.");
}
