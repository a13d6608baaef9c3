using CrossCheck.Evaluation;

namespace CrossCheck.Tests.Evaluation;

/// <summary>Paths of the sample corpus and gold, found from the test binary's location.</summary>
internal static class SamplePaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string GoldDirectory => Path.Combine(RepoRoot, "samples", "gold");

    /// <summary>Real texts (ECB+) annotated for stories, claims and rewrites: samples/gold-real.</summary>
    public static string RealGoldDirectory => Path.Combine(RepoRoot, "samples", "gold-real");

    public static IReadOnlyList<GoldFile> AllGold() =>
        GoldReader.FindGoldFiles([GoldDirectory]).Select(GoldReader.Read).ToList();

    public static IReadOnlyList<GoldFile> AllRealGold() =>
        GoldReader.FindGoldFiles([RealGoldDirectory]).Select(GoldReader.Read).ToList();

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
