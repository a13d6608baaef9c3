using System.Text;
using CrossCheck.Ingest;

namespace CrossCheck.Tests.Ingest;

public sealed class DocumentLoaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Front_matter_becomes_metadata_and_is_removed_from_the_content()
    {
        var path = _dir.Write("a.md", """
            ---
            title: "Bridge reopens"
            outlet: Valley Courier
            url: https://courier.example/bridge
            published: 2024-03-02
            byline: Ana Ruiz
            id: courier-bridge
            ---
            The bridge reopened on Monday.
            """);
        var result = DocumentLoader.Load([path]);
        var document = Assert.Single(result.Documents);
        Assert.Empty(result.Errors);
        Assert.Equal("courier-bridge", document.Id);
        Assert.Equal(new DocumentMetadata("Bridge reopens", "Valley Courier", "https://courier.example/bridge", "2024-03-02", "Ana Ruiz"), document.Metadata);
        Assert.Equal("The bridge reopened on Monday.", document.Content.Trim());
        Assert.Equal(DocumentFormat.PlainText, document.Format);
    }

    [Fact]
    public void Text_without_front_matter_keeps_everything()
    {
        var path = _dir.Write("plain.txt", "Title line\n---\nnot front matter");
        var document = Assert.Single(DocumentLoader.Load([path]).Documents);
        Assert.Equal("plain", document.Id);
        Assert.Equal(DocumentMetadata.None, document.Metadata);
        Assert.Equal("Title line\n---\nnot front matter", document.Content);
    }

    [Fact]
    public void Jsonl_lines_become_documents_and_bad_lines_name_their_line()
    {
        var path = _dir.Write("dump.jsonl", string.Join('\n',
            """{"id":"x1","url":"https://a.example/1","outlet":"A","title":"T1","published":"2024-01-02","text":"Body one."}""",
            """{"html":"<p>Body two.</p>"}""",
            "{not json",
            "",
            """{"title":"no body"}""",
            "[1,2]",
            """{"text":"Body six."}"""));
        var result = DocumentLoader.Load([path]);
        Assert.Equal(["x1", "dump-2", "dump-7"], result.Documents.Select(d => d.Id));
        Assert.Equal(DocumentFormat.Html, result.Documents[1].Format);
        Assert.Equal(new DocumentMetadata("T1", "A", "https://a.example/1", "2024-01-02"), result.Documents[0].Metadata);
        Assert.Equal(
            [$"{path}:3: malformed JSON at column 2", $"{path}:5: record has neither \"text\" nor \"html\"", $"{path}:6: expected a JSON object, found array"],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_file_of_garbage_lines_is_abandoned_with_one_summary_line()
    {
        var path = _dir.Write("junk.jsonl", string.Join('\n', Enumerable.Range(0, 100).Select(i => "garbage " + i)));
        var result = DocumentLoader.Load([path]);
        Assert.Empty(result.Documents);
        Assert.Equal(21, result.Errors.Count);
        Assert.EndsWith("not a JSONL file?", result.Errors[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Directories_are_read_recursively_in_a_stable_order_skipping_unknown_types()
    {
        _dir.Write("b/2.txt", "Two\nbody");
        _dir.Write("a/1.html", "<p>One</p>");
        _dir.Write("a/image.png", [0x89, 0x50]);
        _dir.Write("c.md", "Three\nbody");
        var result = DocumentLoader.Load([_dir.Path]);
        Assert.Equal(["1", "2", "c"], result.Documents.Select(d => d.Id));
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Each_bad_input_gets_one_clear_line_and_the_rest_goes_on()
    {
        var good = _dir.Write("good.txt", "Headline\nSome text.");
        var empty = _dir.Write("empty.txt", []);
        var blank = _dir.Write("blank.txt", "  \n\t\n");
        var binary = _dir.Write("binary.html", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x41, 0x42]);
        var unsupported = _dir.Write("report.pdf", "%PDF-1.7");
        var onlyFront = _dir.Write("front.md", "---\ntitle: x\n---\n\n");
        var missing = Path.Combine(_dir.Path, "missing.txt");

        var result = DocumentLoader.Load([missing, empty, good, blank, binary, unsupported, onlyFront]);

        Assert.Equal(["good"], result.Documents.Select(d => d.Id));
        Assert.Equal(
            [
                $"{missing}: no such file or directory",
                $"{empty}: empty file",
                $"{blank}: empty file (only whitespace)",
                $"{binary}: binary file (contains NUL bytes)",
                $"{unsupported}: unsupported file type '.pdf' (supported: .txt, .md, .markdown, .html, .htm, .xhtml, .jsonl, .ndjson, .rss, .atom, .rdf, .xml, .warc, .warc.gz)",
                $"{onlyFront}: no text after the front-matter block",
            ],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Files_over_the_size_cap_are_refused_with_their_size()
    {
        var path = _dir.Write("big.txt", new string('a', 3000));
        var loader = new DocumentLoader(DocumentLoader.StandardReaders, new IngestOptions { MaxFileBytes = 1024 });
        var result = loader.LoadAll([path]);
        Assert.Empty(result.Documents);
        Assert.Equal($"{path}: file is 2.9 KB, over the 1 KB limit", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Oversized_jsonl_lines_are_skipped_and_the_next_line_is_read()
    {
        var path = _dir.Write("big.jsonl", $$"""{"text":"{{new string('a', 5000)}}"}""" + "\n" + """{"text":"small"}""");
        var loader = new DocumentLoader(DocumentLoader.StandardReaders, new IngestOptions { MaxRecordBytes = 1024 });
        var result = loader.LoadAll([path]);
        Assert.Equal("small", Assert.Single(result.Documents).Content);
        Assert.Equal($"{path}:1: line is over the 1 KB limit", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Html_in_a_declared_legacy_charset_is_decoded_and_normalised()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes("<html><head><meta charset=windows-1252></head><body><p>Caf\u00E9 \u201Cquoted\u201D</p></body></html>");
        var path = _dir.Write("legacy.htm", bytes);
        var document = Assert.Single(DocumentLoader.Load([path]).Documents);
        Assert.Contains("Caf\u00E9 \u201Cquoted\u201D", document.Content, StringComparison.Ordinal);
        Assert.Equal(DocumentFormat.Html, document.Format);
    }

    [Fact]
    public void The_seed_reports_load_without_errors()
    {
        var seeds = Path.Combine(RepositoryRoot.Find(), "..", "shared", "seeds");
        var result = DocumentLoader.Load([seeds]);
        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Documents.Count);
        Assert.All(result.Documents, d => Assert.True(d.Content.Length > 500));
    }
}
