namespace CrossCheck.Cli.Progress;

internal static class IngestDisplays
{
    /// <summary>The live display when the console is an interactive terminal, plain log lines otherwise.</summary>
    public static IIngestDisplay For(CliContext context) =>
        context.Console.Profile.Capabilities.Interactive && !Console.IsOutputRedirected
            ? new LiveProgressDisplay(context.Console, context.Error)
            : new LogLineDisplay(context.Error);
}
