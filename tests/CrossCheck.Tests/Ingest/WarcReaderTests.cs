using CrossCheck.Ingest;

namespace CrossCheck.Tests.Ingest;

public sealed class WarcReaderTests
{
    [Theory]
    [InlineData("crawl.warc")]
    [InlineData("crawl.warc.gz")]
    public void Html_responses_become_documents_and_a_broken_record_one_error(string name)
    {
        var path = Fixtures.PathOf(name);
        var result = DocumentLoader.Load([path]);

        Assert.Equal(
            ["https://ledger.example/orvel", "https://ledger.example/chunked", "https://ledger.example/gzipped", "https://ledger.example/saved"],
            result.Documents.Select(d => d.Metadata.Url));
        Assert.All(result.Documents.Take(3), d => Assert.Contains("Caf\u00E9 owners on the quay", d.Content, StringComparison.Ordinal));
        Assert.Equal(["crawl-3", "crawl-5", "crawl-6", "crawl-9"], result.Documents.Select(d => d.Id));
        var error = Assert.Single(result.Errors);
        Assert.StartsWith(path + "@", error.Source, StringComparison.Ordinal);
        Assert.Equal("missing or invalid Content-Length", error.Message);
    }

    [Fact]
    public void A_truncated_archive_keeps_what_came_before_and_names_the_truncation()
    {
        var result = DocumentLoader.Load([Fixtures.PathOf("truncated.warc")]);
        Assert.Equal(["https://ledger.example/orvel"], result.Documents.Select(d => d.Metadata.Url));
        Assert.StartsWith("truncated record", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_warc_is_one_line()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("fake.warc", "<html>this is not an archive</html>\nmore lines\n");
        var result = DocumentLoader.Load([path]);
        Assert.Empty(result.Documents);
        Assert.Equal($"{path}: not a WARC file (no WARC record here; skipped 11 bytes to the next record)", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Corrupt_gzip_stops_the_file_with_one_line()
    {
        using var dir = new TempDirectory();
        var bytes = File.ReadAllBytes(Fixtures.PathOf("crawl.warc.gz"));
        for (var i = 600; i < 700; i++)
        {
            bytes[i] ^= 0x5A;
        }

        var path = dir.Write("broken.warc.gz", bytes);
        var result = DocumentLoader.Load([path]);
        Assert.Contains(result.Errors, e => e.Source == path && e.Message.StartsWith("corrupt gzip data after record", StringComparison.Ordinal));
    }
}
