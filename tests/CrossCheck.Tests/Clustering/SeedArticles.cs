using CrossCheck.Extraction;
using CrossCheck.Ingest;

namespace CrossCheck.Tests.Clustering;

/// <summary>The two founding seed reports, read from ../shared/seeds beside the repository.</summary>
internal static class SeedArticles
{
    public static IReadOnlyList<Article> Load()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CrossCheck.slnx")))
        {
            directory = directory.Parent;
        }

        var seeds = Path.Combine(directory!.FullName, "..", "shared", "seeds");
        var loaded = DocumentLoader.Load([seeds]);
        Assert.Empty(loaded.Errors);
        return loaded.Documents.Select(d => ArticleExtractor.Extract(d, TimeProvider.System).Article).OfType<Article>().ToList();
    }
}
