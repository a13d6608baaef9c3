using System.CommandLine;
using CrossCheck.Cli.Rendering;
using CrossCheck.Evaluation;

namespace CrossCheck.Cli.Commands;

internal enum EvalFormat
{
    Text,
    Json,
}

/// <summary>What the text output shows beyond the summary table.</summary>
internal sealed record TextOptions(bool ByStory, bool Details, IReadOnlyList<string> Sections);

/// <summary><c>crosscheck eval</c>: run the pipeline on the inputs named by gold files and score every section.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var golds = new Argument<string[]>("gold")
        {
            Description = "Gold files or directories holding them (*.json, searched recursively), e.g. samples/gold",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<EvalFormat>("--format", "-f")
        {
            Description = "Output format: text (a table) or json (for scripts)",
            DefaultValueFactory = _ => EvalFormat.Text,
        };
        var byStory = new Option<bool>("--by-story")
        {
            Description = "With text output, also print a table per story",
        };
        var details = new Option<bool>("--details")
        {
            Description = "With text output, list every miss, wrong value and false alarm (the JSON output always has them)",
        };
        var sections = new Option<string[]>("--section")
        {
            Description = "With --details, only these sections (e.g. --section dates --section quotes)",
            AllowMultipleArgumentsPerToken = true,
        };

        var command = new Command("eval", """
            Score CrossCheck against hand-made gold: runs the pipeline once on every input the gold files
            name, then gives precision, recall and F1 per section (stories, claims, quotes, quote links,
            speakers, entities, dates, quantities, publication dates, rewrites) and overall. A gold file
            that lists "scored" sections is scored on those only.
            The matching rules and the gold format are described in samples/README.md.

            Examples:
              crosscheck eval samples/gold
              crosscheck eval samples/gold/velmora-flood.json --by-story
              crosscheck eval samples/gold --details --section dates
              crosscheck eval samples/gold --format json > scores.json
              crosscheck eval samples/gold-real --by-story   (real texts; their gold scores stories, claims and rewrites)
            """)
        {
            golds,
            format,
            byStory,
            details,
            sections,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            context,
            parse.GetValue(golds) ?? [],
            parse.GetValue(format),
            new TextOptions(parse.GetValue(byStory), parse.GetValue(details), parse.GetValue(sections) ?? []),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string[] paths, EvalFormat format, TextOptions options, CancellationToken cancellationToken)
    {
        if (options.Sections.FirstOrDefault(s => !EvaluationSections.All.Contains(s, StringComparer.Ordinal)) is { } unknown)
        {
            context.Error.WriteLine($"crosscheck: unknown section \"{unknown}\" (sections: {string.Join(", ", EvaluationSections.All)})");
            return ExitCodes.UsageError;
        }

        var goldFiles = new List<GoldFile>();
        foreach (var path in GoldReader.FindGoldFiles(paths))
        {
            try
            {
                goldFiles.Add(GoldReader.Read(path));
            }
            catch (GoldFormatException ex)
            {
                context.Error.WriteLine($"crosscheck: {ex.Message}");
            }
        }

        if (goldFiles.Count == 0)
        {
            context.Error.WriteLine("crosscheck: no gold file could be read");
            return ExitCodes.NothingAnalysed;
        }

        var result = await GoldRun.RunAsync(goldFiles, context.Time, cancellationToken).ConfigureAwait(false);
        foreach (var error in result.Errors)
        {
            context.Error.WriteLine($"crosscheck: {error}");
        }

        if (format == EvalFormat.Json)
        {
            context.Out.Write(EvaluationJson.Serialize(result.Report) + "\n");
        }
        else
        {
            TerminalEvaluationRenderer.Render(result.Report, result.ArticleCount, options, context.Console);
        }

        return ExitCodes.Success;
    }
}
