using CrossCheck.Cli;
using CrossCheck.Text.Embeddings;
using Microsoft.Extensions.Time.Testing;
using Spectre.Console.Testing;

namespace CrossCheck.Cli.Tests;

/// <summary>Runs the CLI in-process with captured output and a fixed clock.</summary>
internal static class CliRunner
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static CliResult Run(params string[] args) => RunWith(null, args);

    /// <summary>Runs the CLI with <paramref name="model"/> in place of the sentence-embedding model (null: the real one).</summary>
    public static CliResult RunWith(ISentenceEncoder? model, params string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 100;
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(new FakeTimeProvider(Now), console, output, error);
        if (model is not null)
        {
            context = context with { Model = model };
        }

        // The test host waits here so the many synchronous tests stay as they are; the CLI itself is async.
        var exitCode = CliApp.RunAsync(args, context).GetAwaiter().GetResult();
        return new CliResult(exitCode, output.ToString() + console.Output, error.ToString());
    }

    /// <summary>The repository root, found from the test binary's location.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CrossCheck.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}

internal sealed record CliResult(int ExitCode, string Output, string Error);
