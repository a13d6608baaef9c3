using CrossCheck.Cli.Rendering;
using CrossCheck.Dossiers;
using Spectre.Console.Testing;

namespace CrossCheck.Cli.Tests.Rendering;

public sealed class TerminalDossierRendererTests
{
    [Fact]
    public void Seed_dossier_renders_within_100_columns()
    {
        var result = CliRunner.Run("analyze", Path.Combine(CliRunner.RepoRoot, "..", "shared", "seeds"), "--format", "json");
        var document = DossierJson.Deserialize(result.Output);
        var console = new TestConsole().Width(100);

        TerminalDossierRenderer.Render(document, console);

        var lines = console.Output.Split('\n');
        Assert.Contains(lines, l => l.Contains("Claims", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(l.TrimEnd().Length <= 100, $"line longer than 100 columns: {l}"));
    }
}
