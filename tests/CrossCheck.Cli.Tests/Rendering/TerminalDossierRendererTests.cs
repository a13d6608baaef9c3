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

    [Fact]
    public void The_reason_of_a_verdict_is_shown_with_markup_escaped()
    {
        var claim = new ClaimEntry("a#c1", "a", "Two workers died.", 0, 17, ClaimStatusValue.SingleSource, [], null, false, Reason: "Only [bold]Wire[/] reports this.");
        var story = new StoryDossier("s1", "Fire", ["a"], [claim], [], [], [], [], []);
        var document = new DossierDocument(DossierDocument.CurrentSchemaVersion,
            [new ArticleEntry("a", "a.txt", "Wire", "Fire", null, null, null, PublishedFromValue.None, null)], [story]);
        var console = new TestConsole().Width(160);

        TerminalDossierRenderer.Render(document, console);

        // The evidence column wraps: compare the words.
        var words = string.Join(' ', console.Output.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Only [bold]Wire[/] reports", words, StringComparison.Ordinal);
    }
}
