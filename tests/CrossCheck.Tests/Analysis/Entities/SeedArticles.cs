using CrossCheck.Analysis;
using CrossCheck.Extraction;
using CrossCheck.Pipeline;

namespace CrossCheck.Tests.Analysis.Entities;

/// <summary>The two seed reports (../shared/seeds beside the repository), analysed by the pipeline.</summary>
internal static class SeedArticles
{
    public const string Rama = "000_57c4b5575b821834";
    public const string Balkan = "001_8d5808cc9365c334";

    private static readonly Lazy<IReadOnlyList<AnalysedArticle>> Analysed = new(() =>
        [ArticleAnalyser.Analyse(Load(Rama)), ArticleAnalyser.Analyse(Load(Balkan))]);

    public static IReadOnlyList<AnalysedArticle> All => Analysed.Value;

    public static AnalysedArticle Get(string id) => All.Single(a => a.Article.Id == id);

    public static Article Load(string id)
    {
        var path = Path.Combine(RepositoryRoot(), "..", "shared", "seeds", id + ".txt");
        return new Article(id, path, "", File.ReadAllText(path));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CrossCheck.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("CrossCheck.slnx not found above " + AppContext.BaseDirectory);
    }
}
