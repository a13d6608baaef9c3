using System.Text.Json;
using NJsonSchema;

namespace CrossCheck.Cli.Tests.Commands;

public sealed class EvalCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("crosscheck-eval-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Help_lists_examples()
    {
        var result = CliRunner.Run("eval", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Examples:", result.Output, StringComparison.Ordinal);
        Assert.Contains("--format", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_has_every_section_and_every_story()
    {
        var result = CliRunner.Run("eval", Path.Combine(CliRunner.RepoRoot, "samples", "gold"), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var sections = json.RootElement.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("section").GetString()).ToList();
        Assert.Equal(
            ["stories", "claims", "quotes", "quoteLinks", "speakers", "entities", "dates", "quantities", "publicationDates", "rewrites"],
            sections);
        var stories = json.RootElement.GetProperty("stories").EnumerateArray().Select(s => s.GetProperty("story").GetString()).ToList();
        Assert.Contains("seeds", stories);
        Assert.Contains("velmora-flood", stories);
        Assert.Equal(7, stories.Count);
        var overall = json.RootElement.GetProperty("overall").GetDouble();
        Assert.InRange(overall, 0.0, 1.0);
    }

    [Fact]
    public async Task Json_output_follows_the_eval_schema()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(CliRunner.RepoRoot, "docs", "schema", "eval.v1.schema.json"));
        var result = CliRunner.Run("eval", Path.Combine(CliRunner.RepoRoot, "samples", "gold"), "--format", "json");

        var errors = schema.Validate(result.Output);

        Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => e.ToString())));
        Assert.Contains("\"issues\"", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_output_is_a_table_of_sections()
    {
        var result = CliRunner.Run("eval", Path.Combine(CliRunner.RepoRoot, "samples", "gold", "velmora-flood.json"), "--by-story");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("precision", result.Output, StringComparison.Ordinal);
        Assert.Contains("publicationDates", result.Output, StringComparison.Ordinal);
        Assert.Contains("velmora-flood", result.Output, StringComparison.Ordinal);
        Assert.Contains("overall", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_article_story_is_grouped_perfectly()
    {
        var result = CliRunner.Run("eval", TinyGold(), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var stories = json.RootElement.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("section").GetString() == "stories");
        Assert.Equal(1.0, stories.GetProperty("f1").GetDouble());
    }

    [Fact]
    public void A_bad_gold_file_is_named_in_one_line_and_the_others_are_still_scored()
    {
        var bad = Path.Combine(_dir, "bad.json");
        File.WriteAllText(bad, "{ not json");

        var result = CliRunner.Run("eval", bad, Path.Combine(CliRunner.RepoRoot, "samples", "gold", "bank-rate.json"), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("bad.json", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("bad.json", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(result.Output);
        Assert.Single(json.RootElement.GetProperty("stories").EnumerateArray());
    }

    [Fact]
    public void Details_list_the_issues_of_the_chosen_sections_only()
    {
        var gold = TinyGold(
            quotes: """[{ "id": "q1", "article": "one", "text": "We never said that", "speaker": "Anna Berg", "sameAs": [] }]""",
            dates: """[{ "article": "one", "text": "Monday", "value": "1999-01-04" }]""");

        var shown = CliRunner.Run("eval", gold, "--details", "--section", "quotes");
        var json = CliRunner.Run("eval", gold, "--format", "json");

        Assert.Equal(0, shown.ExitCode);
        Assert.Contains("quotes missed one: \"We never said that\"", shown.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("dates ", shown.Output.Split('╰')[^1], StringComparison.Ordinal);
        using var report = JsonDocument.Parse(json.Output);
        Assert.Contains(
            report.RootElement.GetProperty("issues").EnumerateArray(),
            i => i.GetProperty("section").GetString() == "dates" && i.GetProperty("articleId").GetString() == "one");
    }

    [Fact]
    public async Task A_gold_that_lists_scored_sections_is_reported_on_those_only()
    {
        var gold = TinyGold(
            dates: """[{ "article": "one", "text": "Monday", "value": "1999-01-04" }]""",
            scored: """["stories", "claims", "rewrites"]""");
        var schema = await JsonSchema.FromFileAsync(Path.Combine(CliRunner.RepoRoot, "docs", "schema", "eval.v1.schema.json"));

        var result = CliRunner.Run("eval", gold, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(schema.Validate(result.Output));
        using var json = JsonDocument.Parse(result.Output);
        var sections = json.RootElement.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("section").GetString()).ToList();
        Assert.Equal(["stories", "claims", "rewrites"], sections);
        Assert.Equal(1.0, json.RootElement.GetProperty("overall").GetDouble());
        Assert.Empty(json.RootElement.GetProperty("issues").EnumerateArray());
    }

    [Fact]
    public void An_unknown_section_is_a_usage_error()
    {
        var result = CliRunner.Run("eval", Path.Combine(CliRunner.RepoRoot, "samples", "gold"), "--details", "--section", "headlines");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown section \"headlines\"", result.Error, StringComparison.Ordinal);
    }

    private string TinyGold(string quotes = "[]", string dates = "[]", string? scored = null)
    {
        var corpus = Directory.CreateDirectory(Path.Combine(_dir, "corpus")).FullName;
        File.WriteAllText(Path.Combine(corpus, "one.txt"), "Title one\n\nThe town council met on Monday and approved the budget, Anna Berg said.\n");
        var gold = Path.Combine(_dir, "tiny.json");
        File.WriteAllText(gold, $$"""
            {
              "schemaVersion": "1.0", "story": "tiny", "inputs": ["corpus/one.txt"], "articles": ["one"],{{(scored is null ? "" : $" \"scored\": {scored},")}}
              "publicationDates": [], "rewrites": [],
              "entities": [{ "name": "Anna Berg", "type": "person", "aliases": [] }], "speakers": ["Anna Berg"],
              "quotes": {{quotes}}, "claims": [], "dates": {{dates}}, "quantities": []
            }
            """);
        return gold;
    }

    [Fact]
    public void Missing_gold_file_gives_a_non_zero_exit_code()
    {
        var result = CliRunner.Run("eval", "no-such-gold.json");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("no-such-gold.json", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
