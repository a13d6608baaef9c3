using System.Text.Json;

namespace CrossCheck.Cli.Tests.Commands;

/// <summary>Keeps <c>crosscheck eval</c> of every gold directory under samples/ at or above its floors in
/// samples/eval-floors.json (the one place the floors live, one block per directory; raise them as the analysers
/// improve). Each directory is evaluated on its own, as <c>crosscheck eval samples/&lt;directory&gt;</c> does.</summary>
public sealed class EvalFloorTests
{
    [Fact]
    public void Every_section_of_the_fictional_sample_gold_reaches_its_floor() => AssertFloors("samples/gold");

    [Fact]
    public void Every_section_of_the_real_text_gold_reaches_its_floor() => AssertFloors("samples/gold-real");

    [Fact]
    public void Every_section_of_the_opened_fictional_gold_reaches_its_floor() => AssertFloors("samples/gold-opened");

    [Fact]
    public void Every_gold_directory_under_samples_has_floors_and_every_floor_a_directory()
    {
        var onDisk = Directory.EnumerateDirectories(Path.Combine(CliRunner.RepoRoot, "samples"), "gold*")
            .Select(d => "samples/" + Path.GetFileName(d))
            .Order(StringComparer.Ordinal);

        Assert.Equal(onDisk, ReadFloors().Keys.Order(StringComparer.Ordinal));
    }

    private static void AssertFloors(string directory)
    {
        var floors = ReadFloors()[directory];
        var result = CliRunner.Run("eval", Path.Combine([CliRunner.RepoRoot, .. directory.Split('/')]), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var scores = json.RootElement.GetProperty("sections").EnumerateArray()
            .ToDictionary(s => s.GetProperty("section").GetString()!, s => s.GetProperty("f1").GetDouble(), StringComparer.Ordinal);
        scores["overall"] = json.RootElement.GetProperty("overall").GetDouble();

        Assert.Equal(scores.Keys.Order(StringComparer.Ordinal), floors.Keys.Order(StringComparer.Ordinal));
        var below = floors.Where(f => scores[f.Key] < f.Value).Select(f => $"{directory} {f.Key}: {scores[f.Key]:0.000} < floor {f.Value:0.000}").ToList();
        Assert.True(below.Count == 0, string.Join("; ", below));
    }

    /// <summary>Directory (relative to the repository root, with '/') → section → floor.</summary>
    private static Dictionary<string, Dictionary<string, double>> ReadFloors()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "samples", "eval-floors.json")));
        return json.RootElement.GetProperty("directories").EnumerateObject().ToDictionary(
            d => d.Name,
            d => d.Value.GetProperty("floors").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble(), StringComparer.Ordinal),
            StringComparer.Ordinal);
    }
}
