using System.Text.Json;
using CrossCheck.Analysis.Time;
using CrossCheck.Text.Dates;

// Normalises each TempEval-3 case (expression + sentence + document date) and writes one prediction per line:
// {"i": <case index>, "value": "<TIMEX3 value or null>"}. Cases of one document are taken in order, so an
// anaphoric expression is resolved against the value predicted for the date mentioned before it.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: CrossCheck.Bench.Timex CASES.jsonl PREDICTIONS.jsonl");
    return 2;
}

if (!File.Exists(args[0]))
{
    Console.Error.WriteLine($"{args[0]}: no such file");
    return 1;
}

var anchors = new Dictionary<string, AnchorDate?>(StringComparer.Ordinal);
var clock = System.Diagnostics.Stopwatch.StartNew();
using var output = new StreamWriter(args[1]);
var index = 0;
foreach (var line in File.ReadLines(args[0]))
{
    if (string.IsNullOrWhiteSpace(line))
    {
        index++;
        continue;
    }

    using var json = JsonDocument.Parse(line);
    var root = json.RootElement;
    var document = root.GetProperty("doc_id").GetString() ?? string.Empty;
    var sentence = root.GetProperty("sentence").GetString() ?? string.Empty;
    var expression = root.GetProperty("expression").GetString() ?? string.Empty;
    // The document date as the corpus gives it: any ISO 8601 date or date-time, with or without a zone; the day
    // is the one written (a time of day or an offset does not move it).
    var reference = DateStringParser.Parse(root.GetProperty("dct").GetString(), DateDialect.Metadata)?.Date;
    var start = sentence.IndexOf(expression, StringComparison.Ordinal);
    TimexValue? value = null;
    if (start >= 0)
    {
        anchors.TryGetValue(document, out var anchor);
        value = TimexNormalizer.Normalize(sentence, start, expression.Length, reference, anchor);
        if (value is not null && TimexNormalizer.AnchorOf(value) is { } next)
        {
            anchors[document] = next;
        }
    }

    output.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object?> { ["i"] = index, ["value"] = value?.Value }));
    index++;
}

var firstPass = clock.Elapsed;
clock.Restart();
var cases = File.ReadLines(args[0]).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
var parsed = clock.Elapsed;
clock.Restart();
foreach (var root in cases)
{
    var sentence = root.GetProperty("sentence").GetString() ?? string.Empty;
    var expression = root.GetProperty("expression").GetString() ?? string.Empty;
    var start = sentence.IndexOf(expression, StringComparison.Ordinal);
    if (start >= 0)
    {
        TimexNormalizer.Normalize(sentence, start, expression.Length, new DateOnly(2013, 3, 22), null);
    }
}

Console.Error.WriteLine($"normalised {index} cases: first pass {firstPass.TotalMilliseconds:F0} ms (with start-up), warm pass {clock.Elapsed.TotalMilliseconds:F1} ms");
return 0;
