namespace CrossCheck.Ingest;

/// <summary>Reads one kind of input file into raw documents. Readers never throw for bad input: they
/// yield an <see cref="IngestItem"/> carrying an error and go on with the rest.</summary>
internal interface IDocumentReader
{
    /// <summary>Lower-case file name endings this reader handles, e.g. <c>.html</c> or <c>.warc.gz</c>.</summary>
    IReadOnlyList<string> Extensions { get; }

    IEnumerable<IngestItem> Read(string path, IngestOptions options);
}
