using System.CommandLine;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using CrossCheck.Extraction;
using CrossCheck.Extraction.Html;
using CrossCheck.Ingest;
using CrossCheck.Intake;

namespace CrossCheck.Cli.Commands;

/// <summary><c>crosscheck extract</c>: extract the article (text and metadata) from saved pages.</summary>
internal static class ExtractCommand
{
    private const long MaxDecodedBytes = 64L * 1024 * 1024;
    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml"];
    private static readonly string[] TextExtensions = [".txt", ".md"];

    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files or directories (read recursively): .html/.htm and .txt/.md, each optionally .gz-compressed",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<ExtractFormat>("--format", "-f")
        {
            Description = "Output format: jsonl (one JSON object per page)",
            DefaultValueFactory = _ => ExtractFormat.Jsonl,
        };
        var command = new Command("extract", """
            Extract each page's article: clean body text, title, byline, outlet, canonical URL,
            language and publication date. Prints one JSON object per page:
            {"id","url","title","byline","outlet","published","language","text"}.
            A page with no article text still gets its line (text "") when its title or
            publication date is known; the reason goes to standard error.

            Examples:
              crosscheck extract page.html
              crosscheck extract saved-pages/ --format jsonl > articles.jsonl
              crosscheck extract crawl/*.html.gz
            """)
        {
            inputs,
            format,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(inputs) ?? [], cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string[] inputs, CancellationToken cancellationToken)
    {
        var extracted = 0;
        foreach (var file in ExpandInputs(context, inputs))
        {
            var result = await ExtractFileAsync(context, file, cancellationToken).ConfigureAwait(false);
            if (result.Article is { } article)
            {
                context.Out.WriteLine(ToJsonLine(article));
                extracted++;
            }
            else
            {
                // The page's metadata (its publication date above all) is still worth reporting: text is empty.
                if (result.PageOnly is { } page)
                {
                    context.Out.WriteLine(ToJsonLine(page));
                }

                context.Error.WriteLine($"crosscheck: {file}: {result.Failure}");
            }
        }

        return extracted > 0 ? ExitCodes.Success : ExitCodes.NothingAnalysed;
    }

    private static IEnumerable<string> ExpandInputs(CliContext context, string[] inputs)
    {
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Where(IsSupported).Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else if (File.Exists(input))
            {
                yield return input;
            }
            else
            {
                context.Error.WriteLine($"crosscheck: {input}: no such file or directory");
            }
        }
    }

    private static async Task<ExtractionResult> ExtractFileAsync(CliContext context, string path, CancellationToken cancellationToken)
    {
        var (id, extension) = Split(path);
        string content;
        try
        {
            content = await ReadAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return ExtractionResult.Failed($"cannot read ({ex.Message})");
        }

        var format = TextExtensions.Contains(extension) ? DocumentFormat.PlainText : DocumentFormat.Html;
        var document = new RawDocument(id, path, format, content, DocumentMetadata.None);
        return new ArticleIntake(context.Time).Extract(document);
    }

    private static async Task<string> ReadAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        var compressed = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        await using Stream stream = compressed
            ? new GZipStream(file, CompressionMode.Decompress)
            : file;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxDecodedBytes)
            {
                throw new InvalidDataException($"larger than {MaxDecodedBytes / (1024 * 1024)} MB once decompressed");
            }
        }

        if (compressed && buffer.Length == 0 && file.Length > 0)
        {
            throw new InvalidDataException("gzip data is truncated or empty");
        }

        return HtmlCharset.Decode(buffer.ToArray());
    }

    /// <summary>The id (file name without its extensions: x.html.gz → x) and the content extension.</summary>
    internal static (string Id, string Extension) Split(string path)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^3];
        }

        var extension = Path.GetExtension(name).ToLowerInvariant();
        var id = extension.Length > 0 && name.Length > extension.Length ? name[..^extension.Length] : name;
        return (id, extension);
    }

    private static bool IsSupported(string path)
    {
        var extension = Split(path).Extension;
        return HtmlExtensions.Contains(extension) || TextExtensions.Contains(extension);
    }

    private static string ToJsonLine(Article article)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("id", article.Id);
            writer.WriteString("url", article.Url);
            writer.WriteString("title", article.Title);
            writer.WriteString("byline", article.Byline);
            writer.WriteString("outlet", article.Outlet);
            writer.WriteString("published", article.Published?.ToIso());
            writer.WriteString("language", article.Language);
            writer.WriteString("text", article.Text);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}

internal enum ExtractFormat
{
    Jsonl,
}
