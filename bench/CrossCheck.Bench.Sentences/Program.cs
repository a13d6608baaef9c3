using System.Globalization;
using System.Text.Json;
using CrossCheck.Bench.Sentences;

// Scores the sentence splitter on ECB+ (one gold sentence a line) and dumps sentences of any {id, text} JSONL
// so that two builds can be compared on text without gold.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
if (args.Length < 2 || args[0] is not ("ecbplus" or "dump") || !File.Exists(args[1]))
{
    Console.Error.WriteLine("usage: ecbplus <docs.jsonl> [examples] | dump <texts.jsonl> <out.txt>");
    return 2;
}

var documents = new List<(string Id, string Text)>();
foreach (var line in File.ReadLines(args[1]))
{
    if (string.IsNullOrWhiteSpace(line))
    {
        continue;
    }

    using var json = JsonDocument.Parse(line);
    var root = json.RootElement;
    documents.Add((root.GetProperty("id").ToString(), root.GetProperty("text").GetString() ?? string.Empty));
}

if (args[0] == "dump")
{
    if (args.Length < 3)
    {
        Console.Error.WriteLine("usage: dump <texts.jsonl> <out.txt>");
        return 2;
    }

    SentenceDump.Write(documents, args[2]);
    return 0;
}

var examples = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
EcbPlusScore.Run(documents, examples);
return 0;
