using CrossCheck.Evaluation;

namespace CrossCheck.Tests.Evaluation;

/// <summary>Paths of the sample corpus and gold, found from the test binary's location.</summary>
internal static class SamplePaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string GoldDirectory => Path.Combine(RepoRoot, "samples", "gold");

    /// <summary>Real texts (ECB+) annotated for stories, claims and rewrites: samples/gold-real.</summary>
    public static string RealGoldDirectory => Path.Combine(RepoRoot, "samples", "gold-real");

    /// <summary>Formerly sealed fictional stories, annotated like the real sets: samples/gold-opened.</summary>
    public static string OpenedGoldDirectory => Path.Combine(RepoRoot, "samples", "gold-opened");

    public static IReadOnlyList<GoldFile> AllGold() =>
        GoldReader.FindGoldFiles([GoldDirectory]).Select(GoldReader.Read).ToList();

    /// <summary>The gold annotated for stories, claims and rewrites only: samples/gold-real and samples/gold-opened.</summary>
    public static IReadOnlyList<GoldFile> AllRealGold() =>
        GoldReader.FindGoldFiles([RealGoldDirectory, OpenedGoldDirectory]).Select(GoldReader.Read).ToList();

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
