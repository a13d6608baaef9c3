using System.Text.Json;

namespace CrossCheck.Cli.Tests.Commands;

public sealed class ClusterCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "crosscheck-cluster-" + Guid.NewGuid().ToString("N"));

    public ClusterCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Jsonl_records_are_grouped_into_stories_with_their_input_ids()
    {
        var path = Path.Combine(_dir, "feed.jsonl");
        File.WriteAllLines(path,
        [
            Line("q1", "2025-03-04", "Northwire", "Quake kills 14 in Veldmark", Quake),
            Line("t1", "2025-03-05", "Vale Times", "Banker jailed", Trial),
            Line("q2", "2025-03-05", "Echo", "Veldmark quake", "Reports say. " + Quake),
            "{not json",
        ]);

        var result = CliRunner.Run("cluster", path, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("feed.jsonl:4", result.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Output);
        var stories = json.RootElement.GetProperty("stories").EnumerateArray().ToList();
        Assert.Equal(2, stories.Count);
        Assert.Equal(["q1", "q2"], stories[0].GetProperty("articleIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Quake kills 14 in Veldmark", stories[0].GetProperty("title").GetString());
        Assert.Equal("q1", stories[0].GetProperty("derivedFrom").GetProperty("q2").GetString());
        Assert.Equal(["t1"], stories[1].GetProperty("articleIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Matches("^s[0-9a-f]{12}$", stories[1].GetProperty("id").GetString());
    }

    [Fact]
    public void Text_format_lists_stories_and_marks_rewrites()
    {
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "Quake kills 14 in Veldmark\n" + Quake);
        File.WriteAllText(Path.Combine(_dir, "b.txt"), "Veldmark quake\nReports say. " + Quake);

        var result = CliRunner.Run("cluster", _dir, "--format", "text");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 stories, 2 articles", result.Output, StringComparison.Ordinal);
        Assert.Contains("- b  (rewrite of a)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_to_cluster_is_one_clear_line_and_a_non_zero_exit()
    {
        var result = CliRunner.Run("cluster", Path.Combine(_dir, "missing.txt"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("missing.txt", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    private const string Quake =
        "A magnitude 6.1 earthquake struck the mountain town of Veldmark early on Tuesday, killing at least 14 people. " +
        "Rescue teams led by Colonel Ivo Maresk searched collapsed houses in the old quarter through the night. " +
        "Governor Lena Ostrava declared a state of emergency across the Karsk province.";

    private const string Trial =
        "A court in Harlow Vale sentenced former banker Piet Vandross to six years in prison for embezzling pension funds. " +
        "Judge Amara Colby said Vandross had betrayed thousands of savers at Meridian Mutual over a decade.";

    private static string Line(string id, string published, string outlet, string title, string text) =>
        JsonSerializer.Serialize(new { id, published, outlet, title, text });
}
