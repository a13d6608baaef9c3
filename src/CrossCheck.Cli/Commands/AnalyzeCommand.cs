using System.CommandLine;
using System.Runtime.CompilerServices;
using CrossCheck.Cli.Rendering;
using CrossCheck.Dossiers;
using CrossCheck.Dossiers.Rendering;
using CrossCheck.Ingest;
using CrossCheck.Storage;
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

        command.SetAction((parse, cancellationToken) => RunAsync(
            context,
            parse,
            store,
            parse.GetValue(inputs) ?? [],
            parse.GetValue(format),
            parse.GetValue(output),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliContext context, ParseResult parse, StoreSelection store, string[] inputs, OutputFormat format, FileInfo? output, CancellationToken cancellationToken)
    {
        if (await store.LoadAsync(context, parse, cancellationToken).ConfigureAwait(false) is not var (stored, opened))
        {
            return ExitCodes.UsageError;
        }

        await using (opened)
        {
            return await RunAsync(context, parse, store, inputs, format, output, stored, opened, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<int> RunAsync(
        CliContext context, ParseResult parse, StoreSelection store, string[] inputs, OutputFormat format, FileInfo? output,
        IReadOnlyList<RawDocument> stored, IArticleStore? opened, CancellationToken cancellationToken)
    {

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

        // Over a store, the claims' vectors come from it and new ones go into it.
        var engine = opened is null ? context.Engine : context.EngineFor(context.EncoderFor(opened));
        var (run, extractionErrors) = await StartAsync(engine, opened is not null, [.. stored, .. loaded.Documents], cancellationToken).ConfigureAwait(false);
        foreach (var error in extractionErrors)
        {
            context.Error.WriteLine($"crosscheck: {error}");
        }

        if (run.Entries.Count == 0)
        {
            context.Error.WriteLine("crosscheck: nothing could be analysed");
            return ExitCodes.NothingAnalysed;
        }

        var written = new List<(string StoryId, IReadOnlyList<string> ArticleIds)>();
        var stories = Dossiers(context, run, written, cancellationToken);
        if (format == OutputFormat.Json)
        {
            await WriteJsonAsync(context, run.Entries, stories, output, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var dossiers = await stories.ToListAsync(cancellationToken).ConfigureAwait(false);
            Write(context, new DossierDocument(DossierDocument.CurrentSchemaVersion, run.Entries, dossiers), format, output);
        }

        if (inputs.Length == 0)
        {
            await store.SaveStoriesAsync(parse, opened, stored, written, cancellationToken).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    /// <summary>Over a store, articles are grouped in the order they were stored, as the web catalog groups them,
    /// so both give the same stories and story ids; files alone are grouped in publication order.</summary>
    private static async Task<(StreamedCrossCheck Run, IReadOnlyList<IngestError> Errors)> StartAsync(
        CrossCheckEngine engine, bool fromStore, IReadOnlyList<RawDocument> documents, CancellationToken cancellationToken)
    {
        var extracted = await engine.ExtractAsync(documents, cancellationToken).ConfigureAwait(false);
        var order = fromStore ? StoryOrder.Arrival : StoryOrder.Publication;
        var stories = await engine.GroupAsync(extracted.Articles, order, cancellationToken).ConfigureAwait(false);
        return (engine.Stream(extracted.Articles, stories, cancellationToken), extracted.Errors);
    }

    /// <summary>The run's dossiers as they are cross-checked; a story that fails is reported and skipped. Each
    /// dossier is remembered in <paramref name="written"/> only as its id and members, for the store.</summary>
    private static async IAsyncEnumerable<StoryDossier> Dossiers(
        CliContext context, StreamedCrossCheck run, List<(string StoryId, IReadOnlyList<string> ArticleIds)> written,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var outcome in run.Stories.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (outcome.Failure is { } failure)
            {
                context.Error.WriteLine($"crosscheck: {failure}");
                continue;
            }

            var dossier = outcome.Analysis!.Dossier;
            written.Add((dossier.Id, dossier.ArticleIds));
            yield return dossier;
        }
    }

    /// <summary>JSON is written story by story, so a batch of thousands of reports never sits in memory whole.</summary>
    private static async Task WriteJsonAsync(
        CliContext context, IReadOnlyList<ArticleEntry> entries, IAsyncEnumerable<StoryDossier> stories, FileInfo? output, CancellationToken cancellationToken)
    {
        if (output is not null)
        {
            var file = File.Create(output.FullName);
            await using (file.ConfigureAwait(false))
            {
                await DossierJson.SerializeAsync(file, entries, stories, cancellationToken).ConfigureAwait(false);
                file.WriteByte((byte)'\n');
            }

            return;
        }

        using var buffer = new MemoryStream();
        await DossierJson.SerializeAsync(buffer, entries, stories, cancellationToken).ConfigureAwait(false);
        context.Out.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + "\n");
    }

    private static void Write(CliContext context, DossierDocument document, OutputFormat format, FileInfo? output)
    {
        if (format == OutputFormat.Text && output is null)
        {
            TerminalDossierRenderer.Render(document, context.Console);
            return;
        }

        var text = format switch
        {
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
