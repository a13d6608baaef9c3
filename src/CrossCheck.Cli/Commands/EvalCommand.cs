using System.CommandLine;
using CrossCheck.Cli.Rendering;
using CrossCheck.Evaluation;

namespace CrossCheck.Cli.Commands;

internal enum EvalFormat
{
    Text,
    Json,
}

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

        var command = new Command("eval", """
            Score CrossCheck against hand-made gold: runs the pipeline once on every input the gold files
            name, then gives precision, recall and F1 per section (stories, claims, quotes, quote links,
            speakers, entities, dates, quantities, publication dates, rewrites) and overall.
            The matching rules and the gold format are described in samples/README.md.

            Examples:
              crosscheck eval samples/gold
              crosscheck eval samples/gold/velmora-flood.json --by-story
              crosscheck eval samples/gold --format json > scores.json
            """)
        {
            golds,
            format,
            byStory,
        };
        command.SetAction(parse => Run(context, parse.GetValue(golds) ?? [], parse.GetValue(format), parse.GetValue(byStory)));
        return command;
    }

    private static int Run(CliContext context, string[] paths, EvalFormat format, bool byStory)
    {
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

        var result = GoldRun.Run(goldFiles, context.Time);
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
            TerminalEvaluationRenderer.Render(result.Report, result.ArticleCount, byStory, context.Console);
        }

        return ExitCodes.Success;
    }
}
