using System.Text;
using System.Text.Json;

namespace CrossCheck.Ingest;

/// <summary>Reads files and directories (recursively) into raw documents: .txt/.md (optional front matter),
/// .html/.htm and .jsonl. PLACEHOLDER-QUALITY: the Ingest stage hardens encodings and bad input.</summary>
public static class DocumentLoader
{
    private static readonly string[] TextExtensions = [".txt", ".md"];
    private static readonly string[] HtmlExtensions = [".html", ".htm"];

    public static IngestResult Load(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var documents = new List<RawDocument>();
        var errors = new List<IngestError>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    if (IsSupported(file))
                    {
                        LoadFile(file, documents, errors);
                    }
                }
            }
            else if (File.Exists(path))
            {
                LoadFile(path, documents, errors);
            }
            else
            {
                errors.Add(new IngestError(path, "no such file or directory"));
            }
        }

        return new IngestResult(documents, errors);
    }

    private static bool IsSupported(string file)
    {
        var ext = Path.GetExtension(file).ToLowerInvariant();
        return TextExtensions.Contains(ext) || HtmlExtensions.Contains(ext) || ext == ".jsonl";
    }

    private static void LoadFile(string path, List<RawDocument> documents, List<IngestError> errors)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        var id = Path.GetFileNameWithoutExtension(path);
        var content = File.ReadAllText(path, Encoding.UTF8);
        if (ext == ".jsonl")
        {
            var lineNumber = 0;
            foreach (var line in content.Split('\n'))
            {
                lineNumber++;
                if (line.Trim().Length == 0)
                {
                    continue;
                }

                try
                {
                    using var json = JsonDocument.Parse(line);
                    var root = json.RootElement;
                    string? Field(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                    var html = Field("html");
                    var body = Field("text") ?? html;
                    if (body is null)
                    {
                        errors.Add(new IngestError($"{path}:{lineNumber}", "line has neither \"text\" nor \"html\""));
                        continue;
                    }

                    documents.Add(new RawDocument(
                        Field("id") ?? $"{id}-{lineNumber}",
                        $"{path}:{lineNumber}",
                        Field("text") is null ? DocumentFormat.Html : DocumentFormat.PlainText,
                        body,
                        new DocumentMetadata(Field("title"), Field("outlet"), Field("url"), Field("published"))));
                }
                catch (JsonException ex)
                {
                    errors.Add(new IngestError($"{path}:{lineNumber}", $"malformed JSON ({ex.Message})"));
                }
            }

            return;
        }

        var format = HtmlExtensions.Contains(ext) ? DocumentFormat.Html : DocumentFormat.PlainText;
        documents.Add(new RawDocument(id, path, format, content, DocumentMetadata.None));
    }
}
