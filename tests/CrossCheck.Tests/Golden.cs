namespace CrossCheck.Tests;

/// <summary>Compares output with an expected file kept in the repository. Run the tests with
/// CROSSCHECK_UPDATE_GOLDEN=1 to rewrite the expected files after an intended change, then review the diff.</summary>
internal static class Golden
{
    public static void AssertMatches(string actual, params string[] expectedPath)
    {
        var path = TestPaths.InRepo(expectedPath);
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("CROSSCHECK_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"expected file {path} is missing (run with CROSSCHECK_UPDATE_GOLDEN=1 to create it)");
        Assert.Equal(File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal), actual);
    }
}
