using CrossCheck.Dossiers.Rendering;
using CrossCheck.Ingest;

namespace CrossCheck.Api.Tests;

/// <summary>The usage example of the README, as a consumer writes it: public API only.</summary>
public sealed class UsageExampleTests
{
    private static readonly string[] Texts =
    [
        "Bridge reopens after repairs\n\nThe Harbor Bridge reopened on Monday after six weeks of repairs, the city said. Officials said 12,000 cars cross it daily.",
        "Harbor Bridge open again\n\nThe Harbor Bridge reopened to traffic on Monday, city officials said. About 12,000 cars use the bridge every day.",
    ];

    [Fact]
    public async Task Five_lines_build_options_an_engine_run_it_on_texts_and_render_the_result()
    {
        // README: the five-line usage example.
        var options = new CrossCheckOptions { ReportsAhead = 500 };
        var engine = new CrossCheckEngine(options);
        var documents = Texts.Select((text, i) => new RawDocument($"report-{i + 1}", $"report-{i + 1}.txt", DocumentFormat.PlainText, text, DocumentMetadata.None)).ToList();
        var result = await engine.RunAsync(documents);
        var markdown = MarkdownDossierRenderer.Render(result.Document);

        Assert.Equal(2, result.Articles.Count);
        Assert.Single(result.Stories);
        Assert.Empty(result.Errors);
        Assert.Contains("Harbor Bridge", markdown, StringComparison.Ordinal);
    }
}
