using Spectre.Console;

namespace CrossCheck.Cli;

/// <summary>What commands talk to: the clock, the terminal and the two output streams. Tests pass their own.</summary>
internal sealed record CliContext(TimeProvider Time, IAnsiConsole Console, TextWriter Out, TextWriter Error)
{
    public static CliContext FromProcess() =>
        new(TimeProvider.System, AnsiConsole.Console, System.Console.Out, System.Console.Error);
}
