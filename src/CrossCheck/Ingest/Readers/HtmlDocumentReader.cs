namespace CrossCheck.Ingest.Readers;

/// <summary>Saved web pages; the charset comes from a BOM, the page's own declaration or detection.</summary>
internal sealed class HtmlDocumentReader : IDocumentReader
{
    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm", ".xhtml"];

    public IEnumerable<IngestItem> Read(string path, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (text, error) = InputFile.ReadText(path, options.MaxFileBytes, sniffMarkup: true);
        return text is null
            ? [IngestItem.Fail(path, error!)]
            : [IngestItem.Ok(new RawDocument(DocumentIds.FromPath(path), path, DocumentFormat.Html, text, DocumentMetadata.None))];
    }
}
