using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using CrossCheck.Clustering;

namespace CrossCheck.Cli.Commands;

/// <summary><c>crosscheck cluster</c>: group input articles into stories and print them (JSON or text).</summary>
internal static class ClusterCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files or directories (read recursively): .txt/.md (optional front matter), .html/.htm, .jsonl",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<ClusterFormat>("--format", "-f")
        {
            Description = "Output format: json ({\"stories\":[{\"id\",\"title\",\"articleIds\"}]}) or text",
            DefaultValueFactory = _ => ClusterFormat.Json,
        };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write the output to this file instead of standard output" };
        var command = new Command("cluster", """
            Group news reports into stories (one story per real-world event) and mark rewrites:
            an article that copies, contains or credits an earlier article of its story derives from it.
            Articles are taken in publication order (undated last, then input order).

            Examples:
              crosscheck cluster samples/corpus
              crosscheck cluster feed.jsonl --format text
              crosscheck cluster a.txt b.html --out stories.json
            """)
        {
            inputs,
            format,
            output,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(inputs) ?? [], parse.GetValue(format), parse.GetValue(output), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string[] inputs, ClusterFormat format, FileInfo? output, CancellationToken cancellationToken)
    {
        // Seam for a store-backed source (--db): anything that yields articles can replace FileArticleSource.
        var source = new FileArticleSource(context.Time);
        var articles = source.Read(inputs, error => context.Error.WriteLine($"crosscheck: {error}"));
        if (articles.Count == 0)
        {
            context.Error.WriteLine("crosscheck: nothing could be clustered");
            return ExitCodes.NothingAnalysed;
        }

        var stories = await context.Engine.GroupAsync(articles, StoryOrder.Publication, cancellationToken).ConfigureAwait(false);
        var text = format == ClusterFormat.Json ? ToJson(stories) : ToText(stories);
        if (output is null)
        {
            context.Out.Write(text);
        }
        else
        {
            File.WriteAllText(output.FullName, text);
        }

        return ExitCodes.Success;
    }

    private static string ToJson(IReadOnlyList<Story> stories) =>
        JsonSerializer.Serialize(
            new { stories = stories.Select(s => new { id = s.Id, title = s.Title, articleIds = s.ArticleIds, derivedFrom = s.DerivedFrom }) },
            Json) + "\n";

    private static string ToText(IReadOnlyList<Story> stories)
    {
        using var writer = new StringWriter();
        writer.WriteLine($"{stories.Count} stories, {stories.Sum(s => s.ArticleIds.Count)} articles");
        foreach (var story in stories)
        {
            writer.WriteLine();
            writer.WriteLine($"{story.Id}  {story.Title}  ({story.ArticleIds.Count} article{(story.ArticleIds.Count == 1 ? "" : "s")})");
            foreach (var id in story.ArticleIds)
            {
                writer.WriteLine(story.DerivedFrom.TryGetValue(id, out var source) ? $"  - {id}  (rewrite of {source})" : $"  - {id}");
            }
        }

        return writer.ToString();
    }
}

internal enum ClusterFormat
{
    Json,
    Text,
}
