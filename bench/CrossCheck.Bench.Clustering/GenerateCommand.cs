using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CrossCheck.Bench.Clustering;

/// <summary><c>generate OUT.jsonl COUNT [DAYS] [SEED]</c>: writes the synthetic stream as CrossCheck JSONL
/// (id, published, outlet, title, text) and its gold beside it (OUT.gold.tsv: id, story, role, source).</summary>
internal static class GenerateCommand
{
    public static int Run(string output, int count, int days, int seed)
    {
        var plan = SyntheticStream.Plan(count, days, seed);
        var byIndex = plan.OrderBy(s => s.Index).ToList();
        var renderer = new SyntheticRenderer(byIndex);
        using var stream = File.Create(output);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
        using var gold = new StreamWriter(Path.ChangeExtension(output, ".gold.tsv"), false, new UTF8Encoding(false));
        var newline = "\n"u8.ToArray();
        foreach (var spec in plan)
        {
            var (title, text) = renderer.Render(spec);
            json.WriteStartObject();
            json.WriteString("id", Id(spec.Index));
            if (spec.Published is { } published)
            {
                json.WriteString("published", published.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            }

            json.WriteString("outlet", SyntheticRenderer.OutletName(spec.Outlet));
            json.WriteString("title", title);
            json.WriteString("text", text);
            json.WriteEndObject();
            json.Flush();
            stream.Write(newline);
            json.Reset();
            var story = spec.Role == SyntheticRole.Noise ? "noise" + spec.Index : "story" + spec.Story.Index;
            gold.Write($"{Id(spec.Index)}\t{story}\t{spec.Role}\t{(spec.Source >= 0 ? Id(spec.Source) : "-")}\n");
        }

        Console.WriteLine($"wrote {plan.Count} articles of {plan.Select(p => p.Story.Index).Distinct().Count()} stories to {output}");
        return 0;
    }

    public static string Id(int index) => "a" + index.ToString(CultureInfo.InvariantCulture);
}
