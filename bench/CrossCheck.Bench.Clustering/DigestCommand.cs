using System.Globalization;
using CrossCheck.Clustering.Features;

namespace CrossCheck.Bench.Clustering;

/// <summary><c>digest IN.jsonl [LIMIT]</c>: one line per article with a checksum of each profile vector, so a
/// faster feature extractor can be checked to produce exactly the same profiles as the one it replaces.</summary>
internal static class DigestCommand
{
    public static int Run(string input, int limit)
    {
        foreach (var article in StreamCommand.Read(input).Take(limit))
        {
            var p = ArticleProfiler.Build(article);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{p.Id}\tt={Sum(p.TitleTerms)}\tb={Sum(p.BodyTerms)}\te={Sum(p.Entities)}\td={Sum(p.EventDates)}\ts={p.Shingles.Count}:{p.ContentHash:x}\tw={p.ContentWordCount}\ten={p.LooksEnglish}\ta={string.Join('|', p.AttributedOutlets)}"));
        }

        return 0;
    }

    private static string Sum(IReadOnlyDictionary<ulong, float> vector)
    {
        ulong keys = 0;
        double values = 0;
        foreach (var (key, value) in vector)
        {
            keys ^= key * 0x9E3779B97F4A7C15UL;
            values += value * ((key % 1000) + 1);
        }

        return string.Create(CultureInfo.InvariantCulture, $"{vector.Count}:{keys:x}:{values:F3}");
    }
}
