using CrossCheck.Dossiers;
using NJsonSchema;

namespace CrossCheck.Cli.Tests.Commands;

public sealed class AnalyzeEndToEndTests
{
    private static string Seeds => Path.Combine(CliRunner.RepoRoot, "..", "shared", "seeds");

    [Fact]
    public async Task Json_output_on_the_seeds_follows_the_published_schema()
    {
        var result = CliRunner.Run("analyze", Seeds, "--format", "json");
        var schema = await JsonSchema.FromFileAsync(Path.Combine(CliRunner.RepoRoot, "docs", "schema", "dossier.v1.schema.json"));

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(schema.Validate(result.Output));
        var document = DossierJson.Deserialize(result.Output);
        Assert.Equal(2, document.Articles.Count);
        Assert.Single(document.Stories);
    }

    [Theory]
    [InlineData("markdown", "# CrossCheck dossier")]
    [InlineData("html", "<!DOCTYPE html>")]
    public void Every_format_can_be_written_to_a_file(string format, string expectedStart)
    {
        var path = Path.Combine(Path.GetTempPath(), $"crosscheck-{Guid.NewGuid():N}.out");
        try
        {
            var result = CliRunner.Run("analyze", Seeds, "--format", format, "--out", path);

            Assert.Equal(0, result.ExitCode);
            Assert.StartsWith(expectedStart, File.ReadAllText(path), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Bad_inputs_are_reported_and_the_rest_is_analysed()
    {
        var dir = Directory.CreateTempSubdirectory("crosscheck-bad-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "empty.txt"), string.Empty);
            File.Copy(Path.Combine(Seeds, "000_57c4b5575b821834.txt"), Path.Combine(dir.FullName, "good.txt"));

            var result = CliRunner.Run("analyze", dir.FullName, Path.Combine(dir.FullName, "missing.txt"), "--format", "json");

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("missing.txt", result.Error, StringComparison.Ordinal);
            Assert.Contains("empty.txt", result.Error, StringComparison.Ordinal);
            Assert.Single(DossierJson.Deserialize(result.Output).Articles);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
