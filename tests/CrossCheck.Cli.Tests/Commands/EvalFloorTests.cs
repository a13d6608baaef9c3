using System.Text.Json;

namespace CrossCheck.Cli.Tests.Commands;

/// <summary>Keeps <c>crosscheck eval samples/gold</c> at or above the floors in samples/eval-floors.json
/// (the one place the floors live; raise them as the analysers improve).</summary>
public sealed class EvalFloorTests
{
    [Fact]
    public void Every_section_of_the_sample_gold_reaches_its_floor()
    {
        var floors = ReadFloors();
        var result = CliRunner.Run("eval", Path.Combine(CliRunner.RepoRoot, "samples", "gold"), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var scores = json.RootElement.GetProperty("sections").EnumerateArray()
            .ToDictionary(s => s.GetProperty("section").GetString()!, s => s.GetProperty("f1").GetDouble(), StringComparer.Ordinal);
        scores["overall"] = json.RootElement.GetProperty("overall").GetDouble();

        Assert.Equal(scores.Keys.Order(StringComparer.Ordinal), floors.Keys.Order(StringComparer.Ordinal));
        var below = floors.Where(f => scores[f.Key] < f.Value).Select(f => $"{f.Key}: {scores[f.Key]:0.000} < floor {f.Value:0.000}").ToList();
        Assert.True(below.Count == 0, string.Join("; ", below));
    }

    private static Dictionary<string, double> ReadFloors()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "samples", "eval-floors.json")));
        return json.RootElement.GetProperty("floors").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetDouble(), StringComparer.Ordinal);
    }
}
