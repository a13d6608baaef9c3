using CrossCheck.Ingest;
using Microsoft.Extensions.Time.Testing;

namespace CrossCheck.Tests.Extraction;

/// <summary>Paths and helpers shared by the extraction tests. Files are found from the repository root
/// (the directory holding CrossCheck.slnx), so nothing has to be copied to the test output.</summary>
internal static class ExtractionFixtures
{
    public static readonly DateTimeOffset CrawlTime = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static string RepoRoot { get; } = FindRepoRoot();

    public static FakeTimeProvider Clock() => new(CrawlTime);

    public static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(RepoRoot, "tests", "CrossCheck.Tests", "Extraction", "Fixtures", name));

    public static string Seed(string name) => File.ReadAllText(Path.Combine(RepoRoot, "..", "shared", "seeds", name));

    public static RawDocument Html(string html, string id = "page", DocumentMetadata? metadata = null) =>
        new(id, id + ".html", DocumentFormat.Html, html, metadata ?? DocumentMetadata.None);

    public static RawDocument PlainText(string text, string id = "doc", DocumentMetadata? metadata = null) =>
        new(id, id + ".txt", DocumentFormat.PlainText, text, metadata ?? DocumentMetadata.None);

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CrossCheck.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
