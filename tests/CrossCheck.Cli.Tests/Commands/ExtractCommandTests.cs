using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace CrossCheck.Cli.Tests.Commands;

public sealed class ExtractCommandTests : IDisposable
{
    private const string Page = """
        <html lang="en"><head><title>Bridge reopens | Valley Courier</title>
        <meta property="og:site_name" content="Valley Courier">
        <meta property="article:published_time" content="2023-11-22T10:15:00+01:00">
        <meta name="author" content="Jane Example">
        <link rel="canonical" href="https://courier.example/bridge"></head>
        <body><nav><a href="/">Home</a></nav><article>
        <h1>Bridge reopens</h1>
        <p>The harbour bridge reopened to traffic on Wednesday morning, three weeks after a storm.</p>
        <p>Engineers worked through the night to finish the last inspections, the council said.</p>
        </article></body></html>
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("crosscheck-extract-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Prints_one_json_object_per_page_with_the_article_fields()
    {
        var path = Path.Combine(_dir, "bridge.html");
        File.WriteAllText(path, Page);

        var result = CliRunner.Run("extract", path, "--format", "jsonl");

        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal("bridge", root.GetProperty("id").GetString());
        Assert.Equal("https://courier.example/bridge", root.GetProperty("url").GetString());
        Assert.Equal("Bridge reopens", root.GetProperty("title").GetString());
        Assert.Equal("Jane Example", root.GetProperty("byline").GetString());
        Assert.Equal("Valley Courier", root.GetProperty("outlet").GetString());
        Assert.Equal("2023-11-22T10:15:00+01:00", root.GetProperty("published").GetString());
        Assert.Equal("en", root.GetProperty("language").GetString());
        Assert.Equal(
            "The harbour bridge reopened to traffic on Wednesday morning, three weeks after a storm.\n\nEngineers worked through the night to finish the last inspections, the council said.",
            root.GetProperty("text").GetString());
    }

    [Fact]
    public void Gzipped_pages_in_a_directory_are_read_and_named_without_extensions()
    {
        var sub = Directory.CreateDirectory(Path.Combine(_dir, "pages")).FullName;
        using (var gz = new GZipStream(File.Create(Path.Combine(sub, "abc123.html.gz")), CompressionLevel.Fastest))
        {
            gz.Write(Encoding.UTF8.GetBytes(Page));
        }

        File.WriteAllText(Path.Combine(sub, "notes.csv"), "ignored");

        var result = CliRunner.Run("extract", sub);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output.Trim());
        Assert.Equal("abc123", json.RootElement.GetProperty("id").GetString());
        Assert.Equal("Bridge reopens", json.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public void Bad_files_get_one_line_each_on_stderr_and_the_rest_still_prints()
    {
        var good = Path.Combine(_dir, "good.html");
        var binary = Path.Combine(_dir, "binary.html");
        var brokenGzip = Path.Combine(_dir, "broken.html.gz");
        File.WriteAllText(good, Page);
        File.WriteAllBytes(binary, [0, 1, 2, 3, 0, 0, 0, 4, 5, 6, 0, 0]);
        File.WriteAllBytes(brokenGzip, [0x1f, 0x8b, 8, 0, 1, 2, 3]);

        var result = CliRunner.Run("extract", good, binary, brokenGzip, Path.Combine(_dir, "missing.html"));

        Assert.Equal(0, result.ExitCode);
        Assert.Single(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var errors = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, errors.Length);
        Assert.Contains(errors, e => e.Contains("binary.html: binary content, not HTML", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("broken.html.gz: cannot read", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("missing.html: no such file or directory", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_extracted_is_a_non_zero_exit()
    {
        var empty = Path.Combine(_dir, "empty.html");
        File.WriteAllText(empty, "<html><body><nav><a href='/'>Home</a></nav></body></html>");

        var result = CliRunner.Run("extract", empty);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("empty.html: no article text found", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_text_file_gets_its_title_past_the_photo_caption()
    {
        var seed = Path.Combine(CliRunner.RepoRoot, "..", "shared", "seeds", "001_8d5808cc9365c334.txt");

        var result = CliRunner.Run("extract", seed);

        using var json = JsonDocument.Parse(result.Output.Trim());
        Assert.Equal("001_8d5808cc9365c334", json.RootElement.GetProperty("id").GetString());
        Assert.Equal("Albanian Prime Minister Rama calls for more NATO troops in Kosovo", json.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public void Help_lists_examples()
    {
        var result = CliRunner.Run("extract", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Examples:", result.Output, StringComparison.Ordinal);
        Assert.Contains("--format", result.Output, StringComparison.Ordinal);
    }
}
