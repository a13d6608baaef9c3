using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CrossCheck.Alignment;
using CrossCheck.Text.Embeddings;

namespace CrossCheck.Cli.Commands;

/// <summary><c>crosscheck relate</c>: the claim judge on its own, over pairs of texts read from JSON lines.</summary>
internal static class RelateCommand
{
    /// <summary>Pairs related per run of the judge: output streams in blocks of this many, memory stays bounded.</summary>
    private const int BlockSize = 512;

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("pairs")
        {
            Description = "A JSON-lines file of pairs {\"id\",\"a\",\"b\"} (other fields ignored), or - for standard input",
        };
        var explain = new Option<bool>("--explain")
        {
            Description = "Also give B's claims with their verdicts and the evidence cited from A",
        };
        var command = new Command("relate", """
            Relate pairs of texts with the claim judge that analyze uses: for each line {"id","a","b"},
            one line {"id","similarity","relation"} where similarity (0-1, symmetric) is how close the two
            texts are in meaning and relation says how text a bears on the claim(s) of text b:
            supports, partial, contradicts or none. Lines that cannot be read get one error line each
            on standard error; the other pairs are still related.

            Examples:
              crosscheck relate pairs.jsonl
              crosscheck relate pairs.jsonl --explain > relations.jsonl
              cat pairs.jsonl | crosscheck relate -
            """)
        {
            input,
            explain,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(input)!, parse.GetValue(explain), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string path, bool explain, CancellationToken cancellationToken)
    {
        TextReader reader;
        try
        {
            reader = path == "-" ? Console.In : new StreamReader(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            context.Error.WriteLine($"crosscheck: {path}: {ex.Message}");
            return ExitCodes.UsageError;
        }

        var name = path == "-" ? "stdin" : Path.GetFileName(path);
        var related = 0;
        var block = new List<TextPair>(BlockSize);
        var lineNumber = 0;
        try
        {
            while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                if (PairLine.Parse(line, out var error) is { } pair)
                {
                    block.Add(pair);
                }
                else
                {
                    context.Error.WriteLine($"crosscheck: {name}:{lineNumber.ToString(CultureInfo.InvariantCulture)}: {error}");
                }

                if (block.Count == BlockSize)
                {
                    related += Write(context, block, explain, cancellationToken);
                    block.Clear();
                }
            }

            related += Write(context, block, explain, cancellationToken);
        }
        finally
        {
            if (!ReferenceEquals(reader, Console.In))
            {
                reader.Dispose();
            }
        }

        if (related == 0)
        {
            context.Error.WriteLine("crosscheck: no pair could be related");
            return ExitCodes.NothingAnalysed;
        }

        return ExitCodes.Success;
    }

    private static int Write(CliContext context, List<TextPair> block, bool explain, CancellationToken cancellationToken)
    {
        if (block.Count == 0)
        {
            return 0;
        }

        foreach (var verdict in PairRelator.Relate(block, SentenceEmbedder.Shared, cancellationToken))
        {
            context.Out.WriteLine(explain ? JsonSerializer.Serialize(Explained(verdict), Json) : JsonSerializer.Serialize(Plain(verdict), Json));
        }

        return block.Count;
    }

    private static object Plain(PairVerdict verdict) => new
    {
        id = verdict.Id,
        similarity = Math.Round(verdict.Similarity, 4),
        relation = Name(verdict.Relation),
    };

    private static object Explained(PairVerdict verdict) => new
    {
        id = verdict.Id,
        similarity = Math.Round(verdict.Similarity, 4),
        relation = Name(verdict.Relation),
        features = verdict.Features,
        claims = verdict.Claims.Select(c => new
        {
            text = c.Claim.Text,
            status = c.Status.ToString().ToLowerInvariant(),
            evidence = c.Evidence.Select(e => new
            {
                text = e.Text,
                relation = e.Relation.ToString().ToLowerInvariant(),
                score = Math.Round(e.Score, 3),
                conflicts = e.Conflicts,
            }),
        }),
    };

    internal static string Name(PairRelation relation) => relation switch
    {
        PairRelation.Supports => "supports",
        PairRelation.Partial => "partial",
        PairRelation.Contradicts => "contradicts",
        _ => "none",
    };
}

/// <summary>One input line of <c>crosscheck relate</c>: an object with a string or number <c>id</c> and string
/// <c>a</c> and <c>b</c>; other fields are ignored.</summary>
internal static class PairLine
{
    public static TextPair? Parse(string line, out string error)
    {
        error = string.Empty;
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "not a JSON object";
                return null;
            }

            var id = root.TryGetProperty("id", out var idValue) ? idValue.ValueKind switch
            {
                JsonValueKind.String => idValue.GetString(),
                JsonValueKind.Number => idValue.GetRawText(),
                _ => null,
            } : null;
            var a = Text(root, "a");
            var b = Text(root, "b");
            if (id is null || a is null || b is null)
            {
                error = "needs \"id\" (string or number), \"a\" and \"b\" (strings)";
                return null;
            }

            return new TextPair(id, a, b);
        }
        catch (JsonException ex)
        {
            error = "not valid JSON (" + ex.Message + ")";
            return null;
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
