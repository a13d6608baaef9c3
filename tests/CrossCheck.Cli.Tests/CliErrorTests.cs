namespace CrossCheck.Cli.Tests;

/// <summary>Errors reach the user as one line, not a stack trace (decision 153).</summary>
public sealed class CliErrorTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void An_output_file_that_cannot_be_created_is_one_line()
    {
        var report = _files.Write("in/a.md", "---\ntitle: Orvel bridge\noutlet: Harbor Wire\n---\nThe Orvel bridge reopened on Friday.");

        var result = CliRunner.Run("analyze", report, "--format", "json", "--out", _files.PathOf("missing/folder/out.json"));

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("crosscheck: ", line, StringComparison.Ordinal);
        Assert.Contains("missing/folder/out.json", line, StringComparison.Ordinal);
    }
}
