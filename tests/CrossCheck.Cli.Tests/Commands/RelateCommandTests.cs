using System.Text.Json;

namespace CrossCheck.Cli.Tests.Commands;

public sealed class RelateCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "crosscheck-relate-" + Guid.NewGuid().ToString("N"));

    public RelateCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Each_pair_gets_one_line_with_similarity_and_relation_and_bad_lines_one_error_each()
    {
        var path = Path.Combine(_dir, "pairs.jsonl");
        File.WriteAllLines(path,
        [
            Pair("up", "Shares of Brantel Holdings fell sharply in Kessing on Tuesday after the results.", "Shares of Brantel Holdings rose sharply in Kessing on Tuesday after the results."),
            "{not json",
            JsonSerializer.Serialize(new { id = "no-b", a = "Only one text." }),
            Pair("same", "Norrvik Mining said on Friday that it had not dumped waste into Lake Orsen.", "Norrvik Mining denied that it had dumped waste into Lake Orsen.", label: "ignored"),
            string.Empty,
            JsonSerializer.Serialize(new { id = 7, a = "The Tallberg choir will sing at the harbour festival in June.", b = "Norrvik Mining denied that it had dumped waste into Lake Orsen." }),
        ]);

        var result = CliRunner.Run("relate", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("pairs.jsonl:2:", result.Error, StringComparison.Ordinal);
        Assert.Contains("pairs.jsonl:3:", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("pairs.jsonl:4", result.Error, StringComparison.Ordinal);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["up", "same", "7"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal(["contradicts", "supports", "none"], lines.Select(l => l.GetProperty("relation").GetString()));
        Assert.All(lines, l => Assert.InRange(l.GetProperty("similarity").GetDouble(), 0.0, 1.0));
        Assert.True(lines[1].GetProperty("similarity").GetDouble() > lines[2].GetProperty("similarity").GetDouble());
        Assert.All(lines, l => Assert.Equal(3, l.EnumerateObject().Count()));
    }

    [Fact]
    public void Explain_adds_the_claims_with_their_evidence()
    {
        var path = Path.Combine(_dir, "pairs.jsonl");
        File.WriteAllLines(path, [Pair("up", "Shares of Brantel Holdings fell sharply in Kessing on Tuesday.", "Shares of Brantel Holdings rose sharply in Kessing on Tuesday.")]);

        var result = CliRunner.Run("relate", path, "--explain");

        Assert.Equal(0, result.ExitCode);
        var line = JsonDocument.Parse(result.Output).RootElement;
        var claim = line.GetProperty("claims")[0];
        Assert.Equal("contradicted", claim.GetProperty("status").GetString());
        Assert.Equal("rose vs fell", claim.GetProperty("evidence")[0].GetProperty("conflicts")[0].GetString());
    }

    [Fact]
    public void A_file_with_no_readable_pair_is_a_clear_error()
    {
        var path = Path.Combine(_dir, "bad.jsonl");
        File.WriteAllLines(path, ["[1, 2]"]);

        var result = CliRunner.Run("relate", path);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("bad.jsonl:1: not a JSON object", result.Error, StringComparison.Ordinal);
        Assert.Contains("no pair could be related", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_one_line_and_a_usage_error()
    {
        var result = CliRunner.Run("relate", Path.Combine(_dir, "missing.jsonl"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("missing.jsonl", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    private static string Pair(string id, string a, string b, string? label = null) =>
        label is null ? JsonSerializer.Serialize(new { id, a, b }) : JsonSerializer.Serialize(new { id, a, b, label });
}
