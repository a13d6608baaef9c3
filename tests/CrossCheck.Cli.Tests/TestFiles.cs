namespace CrossCheck.Cli.Tests;

/// <summary>A scratch directory deleted after the test.</summary>
internal sealed class TestFiles : IDisposable
{
    public TestFiles() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "crosscheck-cli-" + Guid.NewGuid().ToString("N"));

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Write(string relative, string content)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Numbered short articles with distinct words, so each has its own content hash.</summary>
    public string WriteArticles(string folder, int count)
    {
        for (var i = 0; i < count; i++)
        {
            Write(Path.Combine(folder, $"article-{i:D5}.txt"),
                $"Report number {i}\nThe council of town {i} approved budget {i * 7} after a debate that lasted {i % 12 + 1} hours.");
        }

        return PathOf(folder);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
