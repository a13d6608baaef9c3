using System.Diagnostics;

namespace CrossCheck.Cli.Tests.Commands;

public sealed class AddCommandTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private string Db => _files.PathOf("store.db");

    [Fact]
    public void Adds_articles_once_and_reports_counts()
    {
        var folder = _files.WriteArticles("in", 3);

        var first = CliRunner.Run("add", folder, "--db", Db);
        var second = CliRunner.Run("add", folder, "--db", Db);

        Assert.Equal(0, first.ExitCode);
        Assert.StartsWith("crosscheck: added 3, revised 0, unchanged 0, failed 0 (3 items", first.Output, StringComparison.Ordinal);
        Assert.StartsWith("crosscheck: added 0, revised 0, unchanged 3, failed 0 (3 items", second.Output, StringComparison.Ordinal);
        Assert.Equal(3, StoreProbe.Articles(Db));
    }

    [Fact]
    public void Bad_inputs_get_one_line_each_and_the_rest_is_added()
    {
        var good = _files.Write("good.txt", "Headline\nA body of text.");
        var empty = _files.Write("empty.txt", string.Empty);

        var result = CliRunner.Run("add", good, empty, _files.PathOf("missing.html"), "--db", Db);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [$"crosscheck: {empty}: empty file", $"crosscheck: {_files.PathOf("missing.html")}: no such file or directory"],
            result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("crosscheck: added 1, revised 0, unchanged 0, failed 2", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Private_urls_are_refused_without_allow_private()
    {
        var result = CliRunner.Run("add", "http://127.0.0.1:9/story", "--db", Db);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("crosscheck: http://127.0.0.1:9/story: refused: 127.0.0.1 resolves to 127.0.0.1, a loopback address (--allow-private allows it)", result.Error.Trim());
    }

    [Fact]
    public void Nothing_usable_gives_a_non_zero_exit_code()
    {
        var result = CliRunner.Run("add", _files.PathOf("missing.txt"), "--db", Db);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void A_store_that_is_not_a_database_is_one_clear_error()
    {
        var notDb = _files.Write("not.db", "this is not a database file, just some text that is long enough to have a header........");
        var result = CliRunner.Run("add", _files.WriteArticles("in", 1), "--db", notDb);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"crosscheck: {notDb}: cannot open the article store", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_reads_from_the_store_and_filters_by_time_and_story()
    {
        _files.Write("in/a.txt", "---\npublished: 2026-11-22\n---\nDam holds\nThe dam on the Vela river held overnight, officials said.");
        _files.Write("in/b.txt", "---\npublished: 2026-10-01\n---\nOld story\nA library opened in Marren in October after years of work.");
        Assert.Equal(0, CliRunner.Run("add", _files.PathOf("in"), "--db", Db).ExitCode);

        var recent = CliRunner.Run("analyze", "--db", Db, "--since", "2d", "--format", "json");
        Assert.Equal(0, recent.ExitCode);
        Assert.Contains("\"id\": \"a\"", recent.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"id\": \"b\"", recent.Output, StringComparison.Ordinal);

        var all = CliRunner.Run("analyze", "--db", Db, "--format", "json");
        Assert.Contains("\"id\": \"b\"", all.Output, StringComparison.Ordinal);
        var storyOfB = StoreProbe.Text(Db, "SELECT story_id FROM articles WHERE document_id = 'b'");
        Assert.NotEmpty(storyOfB);
        var story = CliRunner.Run("analyze", "--db", Db, "--story", storyOfB, "--format", "json");
        Assert.Contains("\"id\": \"b\"", story.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Since_without_db_is_a_usage_error()
    {
        var result = CliRunner.Run("analyze", _files.WriteArticles("in", 1), "--since", "2d");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("crosscheck: --since and --story need --db", result.Error.Trim());
    }

    [Fact]
    public void Killing_an_ingest_mid_batch_leaves_the_store_intact_and_resumable()
    {
        const int total = 600;
        var folder = _files.WriteArticles("batch", total);
        using var child = StartCli("add", folder, "--db", Db);

        var deadline = Stopwatch.StartNew();
        while (ArticlesOrZero() < 50 && !child.HasExited && deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            Thread.Sleep(20);
        }

        if (child.HasExited)
        {
            Assert.Fail("the ingest ended before it could be killed: " + child.StandardError.ReadToEnd());
        }

        child.Kill(entireProcessTree: true);
        child.WaitForExit();

        var survived = StoreProbe.Articles(Db);
        Assert.InRange(survived, 50, total - 1);
        Assert.Equal("ok", StoreProbe.Text(Db, "PRAGMA integrity_check"));
        AssertNoHalfWrittenArticle();

        var resumed = CliRunner.Run("add", folder, "--db", Db);
        Assert.Equal(0, resumed.ExitCode);
        Assert.StartsWith($"crosscheck: added {total - survived}, revised 0, unchanged {survived}, failed 0", resumed.Output, StringComparison.Ordinal);
        Assert.Equal(total, StoreProbe.Articles(Db));
        Assert.Equal(total, StoreProbe.Scalar(Db, "SELECT COUNT(DISTINCT content_hash) FROM revisions"));
        AssertNoHalfWrittenArticle();
    }

    private long ArticlesOrZero()
    {
        try
        {
            return File.Exists(Db) ? StoreProbe.Articles(Db) : 0;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0;
        }
    }

    private void AssertNoHalfWrittenArticle()
    {
        Assert.Equal(0, StoreProbe.Scalar(Db, """
            SELECT COUNT(*) FROM articles a
            LEFT JOIN revisions r ON r.article_id = a.id AND r.revision = a.current_revision
            WHERE r.id IS NULL
            """));
        Assert.Equal(StoreProbe.Articles(Db), StoreProbe.Scalar(Db, "SELECT COUNT(*) FROM revisions"));
        Assert.Equal(StoreProbe.Articles(Db), StoreProbe.Scalar(Db, "SELECT COUNT(*) FROM articles_fts"));
    }

    private Process StartCli(params string[] args)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _files.Root,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "crosscheck.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info)!;
    }
}
