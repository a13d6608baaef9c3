using CrossCheck.Cli.Progress;
using CrossCheck.Intake;
using CrossCheck.Storage;
using Spectre.Console.Testing;

namespace CrossCheck.Cli.Tests.Progress;

public sealed class IngestDisplayTests
{
    private static readonly IngestEvent[] Events =
    [
        new("a.txt", AddOutcome.Added, null, "a"),
        new("b.txt", null, "empty file"),
        new("c.txt", AddOutcome.Unchanged, null, "c"),
        new("d.txt", AddOutcome.Added, null, "d"),
    ];

    private static Task<IngestSummary> Replay(Action<IngestEvent> onEvent)
    {
        var summary = IngestSummary.Empty;
        foreach (var e in Events)
        {
            onEvent(e);
            summary = summary.With(e);
        }

        return Task.FromResult(summary);
    }

    [Fact]
    public async Task Log_lines_name_each_error_and_report_progress_periodically()
    {
        var error = new StringWriter();
        var summary = await new LogLineDisplay(error, every: 2).RunAsync(Replay);

        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("crosscheck: b.txt: empty file", lines[0]);
        Assert.StartsWith("crosscheck: 2 items, ", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("/s, 1 errors", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("crosscheck: 4 items, ", lines[2], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.Equal(new IngestSummary(2, 0, 1, 1), summary);
    }

    [Fact]
    public async Task The_live_display_prints_held_back_errors_when_it_ends()
    {
        var console = new TestConsole().Interactive();
        var error = new StringWriter();
        var summary = await new LiveProgressDisplay(console, error).RunAsync(Replay);
        Assert.Equal("crosscheck: b.txt: empty file", error.ToString().Trim());
        Assert.Equal(new IngestSummary(2, 0, 1, 1), summary);
    }

    [Fact]
    public void Redirected_or_non_interactive_consoles_get_log_lines()
    {
        var context = new CliContext(TimeProvider.System, new TestConsole(), TextWriter.Null, TextWriter.Null);
        Assert.IsType<LogLineDisplay>(IngestDisplays.For(context));
    }

    [Fact]
    public void The_summary_line_has_every_count()
    {
        Assert.Equal("added 2, revised 1, unchanged 3, failed 4 (10 items in 1.5 s)", IngestTally.Summary(new IngestSummary(2, 1, 3, 4), TimeSpan.FromSeconds(1.5)));
    }
}
