namespace CrossCheck.Api.Tests;

/// <summary>The README's usage example is the code <see cref="UsageExampleTests"/> compiles and runs: if either
/// changes alone, this fails.</summary>
public sealed class ReadmeExampleTests
{
    private const string Marker = "<!-- usage-example:";

    [Fact]
    public void The_readme_shows_the_lines_of_the_compiled_usage_example_in_order()
    {
        var root = RepositoryRoot();
        var example = ReadmeExample(File.ReadAllLines(Path.Combine(root, "README.md")));
        var test = File.ReadAllLines(Path.Combine(root, "tests", "CrossCheck.Api.Tests", "UsageExampleTests.cs"))
            .Select(line => line.Trim()).ToList();

        Assert.InRange(example.Count, 3, 8);
        var at = test.IndexOf(example[0]);
        Assert.True(at >= 0, "the README example's first line is not in UsageExampleTests: " + example[0]);
        Assert.Equal(example, test.Skip(at).Take(example.Count));
    }

    private static List<string> ReadmeExample(string[] readme)
    {
        var marker = Array.FindIndex(readme, line => line.StartsWith(Marker, StringComparison.Ordinal));
        Assert.True(marker >= 0, "README.md has no usage-example marker");
        Assert.Equal("```csharp", readme[marker + 1].Trim());
        return readme.Skip(marker + 2).TakeWhile(line => line.Trim() != "```").Select(line => line.Trim()).ToList();
    }

    private static string RepositoryRoot()
    {
        var directory = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(directory, "CrossCheck.slnx")))
        {
            directory = Path.GetDirectoryName(directory) ?? throw new InvalidOperationException("not inside the repository");
        }

        return directory;
    }
}
