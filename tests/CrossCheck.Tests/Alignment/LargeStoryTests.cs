using System.Diagnostics;
using System.Globalization;
using CrossCheck.Alignment;
using CrossCheck.Analysis.Quantities;
using Xunit.Abstractions;

namespace CrossCheck.Tests.Alignment;

/// <summary>A synthetic story of 50 articles × 40 claims: every article reports 40 of 60 facts, each in its own
/// words (synonym swaps, filler words from a large vocabulary). Checks the verdicts at scale and reports the
/// time taken (measured, not asserted: timing belongs in benchmarks).</summary>
public sealed class LargeStoryTests(ITestOutputHelper output)
{
    private static readonly string[][] Synonyms = [["increase", "raise", "boost"], ["attack", "assault", "strike"], ["say", "state", "declare"], ["town", "city"], ["soldier", "troop"]];

    [Fact]
    public void Fifty_articles_of_forty_claims_get_the_expected_verdicts()
    {
        var (story, articles, entities) = StoryFixture.Build(null, Generate(articles: 50, claimsPerArticle: 40, facts: 60).ToArray());
        var lexicon = new FakeLexicon(Synonyms);

        var watch = Stopwatch.StartNew();
        var cpu = Environment.CpuUsage.TotalTime;
        var claims = ClaimAligner.Align(story, articles, entities, lexicon, AlignmentThresholds.Default);
        output.WriteLine($"{claims.Count} claims aligned in {watch.Elapsed.TotalMilliseconds:F0} ms ({(Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds:F0} ms CPU)");

        Assert.Equal(2000, claims.Count);
        var corroborated = claims.Count(c => c.Status == ClaimStatus.Corroborated);
        Assert.True(corroborated >= 1900, $"{corroborated} of 2000 corroborated");
        Assert.All(claims, c => Assert.All(c.Evidence, e => Assert.NotEqual(c.ArticleId, e.ArticleId)));
        Assert.All(
            claims.Where(c => c.Status == ClaimStatus.Corroborated),
            c => Assert.Equal(FactOf(c.Claim.Text), FactOf(c.Evidence[0].Text)));
    }

    private static string FactOf(string text) => text[(text.IndexOf("Zone", StringComparison.Ordinal) + 4)..].Split(' ')[0];

    private static IEnumerable<ArticleBuilder> Generate(int articles, int claimsPerArticle, int facts)
    {
        var random = new Random(42);
        var filler = Enumerable.Range(0, 2000).Select(i => "w" + i.ToString("D4", CultureInfo.InvariantCulture)).ToArray();
        for (var a = 0; a < articles; a++)
        {
            var chosen = Enumerable.Range(0, facts).OrderBy(_ => random.Next()).Take(claimsPerArticle).Order().ToList();
            var sentences = new List<string>();
            var quantities = new List<(string Surface, double Value)>();
            foreach (var fact in chosen)
            {
                string Pick(int group) => Synonyms[group][random.Next(Synonyms[group].Length)];
                var count = (fact + 1) * 10;
                var surface = $"{count} {Pick(4)}s";
                var number = $"n{a}x{fact}";
                sentences.Add($"General Vorn{fact % 7} {Pick(2)}d the {Pick(1)} on Zone{fact} near the {Pick(3)} of Kell{fact % 11} " +
                    $"would {Pick(0)} {number} {filler[random.Next(filler.Length)]} {filler[(fact * 31) % filler.Length]} {filler[(fact * 17) % filler.Length]}.");
                quantities.Add((number, count));
            }

            var builder = new ArticleBuilder("art" + a.ToString("D2", CultureInfo.InvariantCulture), string.Join(' ', sentences));
            for (var v = 0; v < 7; v++)
            {
                builder.Entity("General Vorn" + v, "vorn" + v);
            }

            foreach (var (surface, value) in quantities)
            {
                builder.Quantity(surface, value, QuantityQualifier.Exact, "soldiers");
            }

            yield return builder;
        }
    }
}
