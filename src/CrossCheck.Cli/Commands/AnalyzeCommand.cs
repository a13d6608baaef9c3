using System.CommandLine;
using CrossCheck.Catalog;
using CrossCheck.Cli.Rendering;
using CrossCheck.Dossiers;
using CrossCheck.Dossiers.Rendering;
using CrossCheck.Ingest;
using CrossCheck.Pipeline;
using Spectre.Console;

namespace CrossCheck.Cli.Commands;

/// <summary><c>crosscheck analyze</c>: read inputs, group them into stories, cross-check each story.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files or directories (read recursively): .txt/.md (optional front matter), .html/.htm, .jsonl",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var store = new StoreSelection();
        var format = new Option<OutputFormat>("--format", "-f")
        {
            Description = "Output format: text (terminal), markdown, html (self-contained page) or json (the dossier contract)",
            DefaultValueFactory = _ => OutputFormat.Text,
        };
        var output = new Option<FileInfo?>("--out", "-o")
        {
            Description = "Write the output to this file instead of standard output",
        };

        var command = new Command("analyze", """
            Cross-check news reports: group them into stories and label every claim corroborated,
            partial, contradicted or single-source, with the evidence cited.

            Examples:
              crosscheck analyze samples/corpus
              crosscheck analyze report1.txt report2.html --format markdown --out dossier.md
              crosscheck analyze dump.jsonl --format json --out dossier.json
              crosscheck analyze --db crosscheck.db --since 2d
            """)
        {
            inputs,
            format,
            output,
        };
        foreach (var option in store.Options)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(
            context,
            parse,
            store,
            parse.GetValue(inputs) ?? [],
            parse.GetValue(format),
            parse.GetValue(output)));
        return command;
    }

    private static int Run(CliContext context, ParseResult parse, StoreSelection store, string[] inputs, OutputFormat format, FileInfo? output)
    {
        var stored = store.LoadAsync(context, parse).GetAwaiter().GetResult();
        if (stored is null)
        {
            return ExitCodes.UsageError;
        }

        if (inputs.Length == 0 && parse.GetValue(store.Db) is null)
        {
            context.Error.WriteLine("crosscheck: give files or directories to analyze, or --db to read from a store");
            return ExitCodes.UsageError;
        }

        var loaded = DocumentLoader.Load(inputs);
        foreach (var error in loaded.Errors)
        {
            context.Error.WriteLine($"crosscheck: {error}");
        }

        var result = Analyse(context, parse.GetValue(store.Db) is not null, [.. stored, .. loaded.Documents]);
        if (inputs.Length == 0)
        {
            store.SaveStoriesAsync(context, parse, stored, result.Document).GetAwaiter().GetResult();
        }

        foreach (var error in result.Errors)
        {
            context.Error.WriteLine($"crosscheck: {error}");
        }

        if (result.Document.Articles.Count == 0)
        {
            context.Error.WriteLine("crosscheck: nothing could be analysed");
            return ExitCodes.NothingAnalysed;
        }

        Write(context, result.Document, format, output);
        return ExitCodes.Success;
    }

    /// <summary>Over a store, articles are grouped in the order they were stored, as the web catalog groups them,
    /// so both give the same stories and story ids; files alone are grouped in publication order.</summary>
    private static PipelineResult Analyse(CliContext context, bool fromStore, IReadOnlyList<RawDocument> documents)
    {
        var pipeline = new CrossCheckPipeline(context.Time);
        if (!fromStore)
        {
            return pipeline.Run(documents);
        }

        var (articles, errors) = pipeline.Extract(documents);
        var result = pipeline.Analyse(articles, ArrivalOrderGrouper.Group(articles));
        return result with { Errors = [.. errors, .. result.Errors] };
    }

    private static void Write(CliContext context, DossierDocument document, OutputFormat format, FileInfo? output)
    {
        if (format == OutputFormat.Text && output is null)
        {
            TerminalDossierRenderer.Render(document, context.Console);
            return;
        }

        if (format == OutputFormat.Json && output is not null)
        {
            using var stream = File.Create(output.FullName);
            DossierJson.Serialize(stream, document);
            stream.WriteByte((byte)'\n');
            return;
        }

        var text = format switch
        {
            OutputFormat.Json => DossierJson.Serialize(document) + "\n",
            OutputFormat.Markdown => MarkdownDossierRenderer.Render(document),
            OutputFormat.Html => HtmlDossierRenderer.Render(document),
            _ => RenderPlain(document),
        };
        if (output is null)
        {
            context.Out.Write(text);
        }
        else
        {
            File.WriteAllText(output.FullName, text);
        }
    }

    private static string RenderPlain(DossierDocument document)
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 100;
        TerminalDossierRenderer.Render(document, console);
        return writer.ToString();
    }
}
