using System.CommandLine;
using CrossCheck.Cli.Commands;
using CrossCheck.Text.Embeddings;

namespace CrossCheck.Cli;

/// <summary>Builds the <c>crosscheck</c> command tree.</summary>
internal static class CliApp
{
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("""
            CrossCheck reads many news reports of the same events and shows what is established:
            which reports belong to one story, what each claims, where sources agree and differ.
            """)
        {
            AnalyzeCommand.Create(context),
            ClusterCommand.Create(context),
            ServeCommand.Create(context),
            EvalCommand.Create(context),
            ExtractCommand.Create(context),
            AddCommand.Create(context),
            WatchCommand.Create(context),
            RelateCommand.Create(context),
        };
        return root;
    }

    /// <summary>Runs the command line; Ctrl+C (or <paramref name="cancellationToken"/>) cancels the command.</summary>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        var root = Build(context);
        var parse = root.Parse(args);
        // The exceptions below are handled here, not by System.CommandLine's handler, which prints a stack trace.
        var configuration = new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            context.Error.WriteLine($"crosscheck: {ex.Message}");
            return ExitCodes.UsageError;
        }
        catch (UnauthorizedAccessException ex)
        {
            context.Error.WriteLine($"crosscheck: {ex.Message}");
            return ExitCodes.UsageError;
        }
        catch (EmbeddingModelException ex)
        {
            context.Error.WriteLine($"crosscheck: {ex.Message}");
            return ExitCodes.ModelUnavailable;
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.NothingAnalysed;
        }
#pragma warning disable CA1031 // what System.CommandLine's own handler did with any other exception: report it whole, exit 1
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            context.Error.WriteLine($"Unhandled exception: {ex}");
            return ExitCodes.NothingAnalysed;
        }
    }
}
