using CrossCheck.Dossiers;
using CrossCheck.Ingest;
using CrossCheck.Pipeline;
using Microsoft.Extensions.Time.Testing;

namespace CrossCheck.Tests.Alignment;

/// <summary>Two made-up reports of one story through the whole pipeline (extraction, analysis, alignment), as the
/// alignment tests that read dossiers share: report "a" from Tarn Wire and report "b" from Northgate Post, both dated
/// 17 August 2026 and analysed on 1 September 2026.</summary>
internal static class TwoReports
{
    public static StoryDossier Analyse(string first, string second, string title = "Events in Vell")
    {
        RawDocument Report(string id, string outlet, string text) =>
            new(id, id + ".md", DocumentFormat.PlainText, text, new DocumentMetadata(title, outlet, null, "2026-08-17"));
        var engine = new CrossCheckEngine(new CrossCheckOptions(), new FakeTimeProvider(new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero)));
        // The engine is asynchronous; these helpers of synchronous theories wait for it (no synchronization context here).
        var articles = engine.ExtractAsync([Report("a", "Tarn Wire", first), Report("b", "Northgate Post", second)]).GetAwaiter().GetResult().Articles;
        var result = engine.AnalyseAsync(articles, [new("s", title, ["a", "b"], new Dictionary<string, string>())]).GetAwaiter().GetResult();
        return Assert.Single(result.Document.Stories);
    }

    /// <summary>Whether report b contradicts report a's first claim holding <paramref name="fragment"/> (its first claim
    /// when null).</summary>
    public static bool Contradicted(string first, string second, string? fragment = null, string title = "Events in Vell")
    {
        var story = Analyse(first, second, title);
        var claim = story.Claims.First(c => c.ArticleId == "a" && (fragment is null || c.Text.Contains(fragment, StringComparison.Ordinal)));
        return claim.Evidence.Any(e => e.ArticleId == "b" && e.Relation == EvidenceRelationValue.Contradicts);
    }
}
