namespace CrossCheck.Ingest.Readers;

/// <summary>Plain text and Markdown, with an optional front-matter block (title, outlet, url, published, byline, id).</summary>
internal sealed class TextDocumentReader : IDocumentReader
{
    public IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".markdown"];

    public IEnumerable<IngestItem> Read(string path, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (text, error) = InputFile.ReadText(path, options.MaxFileBytes, sniffMarkup: false);
        if (text is null)
        {
            return [IngestItem.Fail(path, error!)];
        }

        var front = FrontMatter.Parse(text);
        if (string.IsNullOrWhiteSpace(front.Body))
        {
            return [IngestItem.Fail(path, "no text after the front-matter block")];
        }

        var metadata = new DocumentMetadata(
            front.Get("title"), front.Get("outlet"), front.Get("url"), front.Get("published"), front.Get("byline"));
        var id = front.Get("id") ?? DocumentIds.FromPath(path);
        return [IngestItem.Ok(new RawDocument(id, path, DocumentFormat.PlainText, front.Body, metadata))];
    }
}
