using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CrossCheck.Cli;

/// <summary>What commands talk to: the clock, the terminal and the two output streams. Tests pass their own.</summary>
internal sealed record CliContext(TimeProvider Time, IAnsiConsole Console, TextWriter Out, TextWriter Error)
{
    private CrossCheckEngine? _engine;

    /// <summary>The engine, built on first use the way a host builds it (<c>AddCrossCheck</c>) over this context's clock.</summary>
    public CrossCheckEngine Engine => _engine ??= CreateEngine(Time);

    public static CliContext FromProcess() =>
        new(TimeProvider.System, AnsiConsole.Console, System.Console.Out, System.Console.Error);

    private static CrossCheckEngine CreateEngine(TimeProvider time)
    {
        var services = new ServiceCollection();
        services.AddSingleton(time);
        services.AddCrossCheck();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<CrossCheckEngine>();
    }
}
