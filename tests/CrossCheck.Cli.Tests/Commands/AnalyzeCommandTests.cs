namespace CrossCheck.Cli.Tests.Commands;

public sealed class AnalyzeCommandTests
{
    [Fact]
    public void Missing_input_is_named_on_stderr_and_exit_code_is_non_zero()
    {
        var result = CliRunner.Run("analyze", "does-not-exist.txt");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("does-not-exist.txt", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_examples()
    {
        var result = CliRunner.Run("analyze", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Examples:", result.Output, StringComparison.Ordinal);
    }
}
