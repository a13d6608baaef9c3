namespace CrossCheck.Tests.Ingest;

internal static class Fixtures
{
    public static string PathOf(string name) => Path.Combine(RepositoryRoot.Find(), "tests", "CrossCheck.Tests", "Ingest", "Fixtures", name);

    public static string Text(string name) => File.ReadAllText(PathOf(name));
}
