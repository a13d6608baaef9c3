using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossCheck.Evaluation;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(GoldStory))]
internal sealed partial class GoldJsonContext : JsonSerializerContext;

/// <summary>Reads gold files (docs/schema/gold.v1.schema.json) and checks that they can be scored.</summary>
public static class GoldReader
{
    public const string SupportedSchemaVersion = "1.0";

    /// <summary>Reads and checks one gold file; input paths are resolved relative to it.</summary>
    /// <exception cref="GoldFormatException">The file is missing, not JSON, or not a usable gold story.</exception>
    public static GoldFile Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new GoldFormatException(path, "no such gold file");
        }

        GoldStory? gold;
        try
        {
            gold = JsonSerializer.Deserialize(File.ReadAllText(path), GoldJsonContext.Default.GoldStory);
        }
        catch (JsonException ex)
        {
            throw new GoldFormatException(path, $"not a gold file: malformed JSON ({ex.Message})");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new GoldFormatException(path, $"cannot read the gold file ({ex.Message})");
        }

        if (gold is null)
        {
            throw new GoldFormatException(path, "not a gold file: empty JSON");
        }

        gold = WithEmptySections(gold);
        if (GoldValidator.FirstProblem(gold) is { } problem)
        {
            throw new GoldFormatException(path, problem);
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var inputs = gold.Inputs.Select(input => Path.GetFullPath(Path.Combine(directory, input))).ToList();
        return new GoldFile(Path.GetFullPath(path), gold, inputs);
    }

    /// <summary>A section left out of the file is an empty section (the source-generated reader sets absent
    /// init-only lists to null), so a gold file may annotate only what it scores, e.g. claims.</summary>
    private static GoldStory WithEmptySections(GoldStory gold) => gold with
    {
        Inputs = gold.Inputs ?? [],
        Articles = gold.Articles ?? [],
        PublicationDates = gold.PublicationDates ?? [],
        Rewrites = gold.Rewrites ?? [],
        Entities = gold.Entities ?? [],
        Speakers = gold.Speakers ?? [],
        Quotes = gold.Quotes ?? [],
        Claims = gold.Claims ?? [],
        Dates = gold.Dates ?? [],
        Quantities = gold.Quantities ?? [],
    };

    /// <summary>The gold files named: files as given, directories searched recursively for <c>*.json</c>
    /// holding a gold story (other JSON files there, such as floors, are skipped).</summary>
    public static IReadOnlyList<string> FindGoldFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var found = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                found.AddRange(Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories)
                    .Where(LooksLikeGold)
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                found.Add(path);
            }
        }

        return found;
    }

    private static bool LooksLikeGold(string file)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("story", out _)
                && document.RootElement.TryGetProperty("inputs", out _);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            // A malformed or unreadable file in a gold directory is reported when it is read, not silently skipped.
            return true;
        }
    }
}
