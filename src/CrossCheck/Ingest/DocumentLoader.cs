using CrossCheck.Ingest.Readers;

namespace CrossCheck.Ingest;

/// <summary>Reads files and directories (recursively, in a stable order) into raw documents by dispatching each
/// file to the <see cref="IDocumentReader"/> for its extension. Bad inputs become one error each; the rest go on.</summary>
internal sealed class DocumentLoader
{
    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
    };

    private readonly IReadOnlyList<IDocumentReader> _readers;
    private readonly IngestOptions _options;

    public DocumentLoader(IEnumerable<IDocumentReader> readers, IngestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(readers);
        _readers = [.. readers];
        _options = options ?? IngestOptions.Default;
    }

    /// <summary>The readers for every file type CrossCheck reads from disk.</summary>
    public static IReadOnlyList<IDocumentReader> StandardReaders { get; } =
    [
        new TextDocumentReader(),
        new HtmlDocumentReader(),
        new JsonlDocumentReader(),
        new Feeds.FeedDocumentReader(),
        new Warc.WarcDocumentReader(),
    ];

    public static DocumentLoader Standard { get; } = new(StandardReaders);

    /// <summary>Reads everything at once: what the <c>analyze</c> command needs.</summary>
    public static IngestResult Load(IEnumerable<string> paths) => Standard.LoadAll(paths);

    public IngestResult LoadAll(IEnumerable<string> paths)
    {
        var documents = new List<RawDocument>();
        var errors = new List<IngestError>();
        foreach (var item in Read(paths))
        {
            if (item.Document is not null)
            {
                documents.Add(item.Document);
            }
            else if (item.Error is not null)
            {
                errors.Add(item.Error);
            }
        }

        return new IngestResult(documents, errors);
    }

    /// <summary>Streams documents and errors lazily, so a long batch can be stored as it is read.</summary>
    public IEnumerable<IngestItem> Read(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            foreach (var item in ReadPath(path))
            {
                yield return item;
            }
        }
    }

    /// <summary>True when some reader handles this file name.</summary>
    public bool Handles(string path) => ReaderFor(path) is not null;

    private IEnumerable<IngestItem> ReadPath(string path)
    {
        if (Directory.Exists(path))
        {
            return ReadDirectory(path);
        }

        if (!File.Exists(path))
        {
            return [IngestItem.Fail(path, "no such file or directory")];
        }

        return ReaderFor(path) is { } reader
            ? Guard(path, reader.Read(path, _options))
            : [IngestItem.Fail(path, $"unsupported file type '{Path.GetExtension(path)}' (supported: {SupportedList()})")];
    }

    private IEnumerable<IngestItem> ReadDirectory(string directory)
    {
        List<string> files;
        try
        {
            files = [.. Directory.EnumerateFiles(directory, "*", Recursive).Where(Handles).Order(StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [IngestItem.Fail(directory, $"cannot list directory ({ex.Message})")];
        }

        return files.SelectMany(file => Guard(file, ReaderFor(file)!.Read(file, _options)));
    }

    /// <summary>Turns an exception escaping a reader into one error line for that file.</summary>
    private static IEnumerable<IngestItem> Guard(string path, IEnumerable<IngestItem> items)
    {
        using var enumerator = items.GetEnumerator();
        while (true)
        {
            IngestItem? failure = null;
            try
            {
                if (!enumerator.MoveNext())
                {
                    yield break;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                failure = IngestItem.Fail(path, $"cannot read ({ex.Message})");
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failure = IngestItem.Fail(path, $"could not be read ({ex.GetType().Name}: {ex.Message})");
            }

            if (failure is not null)
            {
                yield return failure;
                yield break;
            }

            yield return enumerator.Current;
        }
    }

    private IDocumentReader? ReaderFor(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        IDocumentReader? best = null;
        var bestLength = 0;
        foreach (var reader in _readers)
        {
            foreach (var extension in reader.Extensions)
            {
                if (extension.Length > bestLength && name.EndsWith(extension, StringComparison.Ordinal))
                {
                    best = reader;
                    bestLength = extension.Length;
                }
            }
        }

        return best;
    }

    private string SupportedList() => string.Join(", ", _readers.SelectMany(r => r.Extensions));
}
