using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossCheck.Evaluation;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(EvaluationReport))]
internal sealed partial class EvaluationJsonContext : JsonSerializerContext;

/// <summary>Reads and writes the <c>eval --format json</c> report.</summary>
public static class EvaluationJson
{
    public static string Serialize(EvaluationReport report) =>
        JsonSerializer.Serialize(report, EvaluationJsonContext.Default.EvaluationReport);

    public static EvaluationReport Deserialize(string json) =>
        JsonSerializer.Deserialize(json, EvaluationJsonContext.Default.EvaluationReport)
        ?? throw new JsonException("The evaluation JSON is empty.");
}
