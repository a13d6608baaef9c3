using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossCheck.Dossiers;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(DossierDocument))]
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

    public static DossierDocument Deserialize(string json) =>
        JsonSerializer.Deserialize(json, DossierJsonContext.Default.DossierDocument)
        ?? throw new JsonException("The dossier JSON is empty.");
}
