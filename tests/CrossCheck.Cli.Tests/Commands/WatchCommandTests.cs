namespace CrossCheck.Cli.Tests.Commands;

public sealed class WatchCommandTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_bad_interval_is_a_usage_error()
    {
        var result = CliRunner.Run("watch", "https://news.example/rss.xml", "--interval", "soon", "--db", _files.PathOf("w.db"));
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("crosscheck: --interval 'soon': expected a span like 90s, 10m or 1h", result.Error.Trim());
    }

    [Fact]
    public void Inputs_that_are_neither_feeds_nor_opml_are_named()
    {
        var text = _files.Write("notes.txt", "just notes");
        var result = CliRunner.Run("watch", text, "--once", "--db", _files.PathOf("w.db"));
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"crosscheck: {text}: not a feed URL or an OPML list", result.Error, StringComparison.Ordinal);
        Assert.EndsWith("crosscheck: no feeds to watch", result.Error.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Opml_feeds_on_private_addresses_are_refused_once_each()
    {
        var opml = _files.Write("subs.opml", """<opml version="2.0"><body><outline text="A" xmlUrl="http://127.0.0.1:9/a.xml"/><outline text="B" xmlUrl="http://10.0.0.1:9/b.xml"/></body></opml>""");
        var result = CliRunner.Run("watch", opml, "--once", "--db", _files.PathOf("w.db"));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                "crosscheck: http://127.0.0.1:9/a.xml: refused: 127.0.0.1 resolves to 127.0.0.1, a loopback address (--allow-private allows it)",
                "crosscheck: http://10.0.0.1:9/b.xml: refused: 10.0.0.1 resolves to 10.0.0.1, a private address (--allow-private allows it)",
            ],
            result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("crosscheck: added 0, revised 0, unchanged 0, failed 2", result.Output, StringComparison.Ordinal);
    }
}
