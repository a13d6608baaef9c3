using CrossCheck.Ingest;

namespace CrossCheck.Extraction;

/// <summary>Reads a plain-text article: the title is the front-matter title or the first non-empty line
/// that is not a photo caption; caption lines are taken out of the body into <see cref="Article.Captions"/>.
/// The body keeps its paragraph breaks and is trimmed, so offsets into it are stable.</summary>
internal static class PlainTextArticleReader
{
    public static ExtractionResult Read(RawDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lines = document.Content.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var captions = new List<string>();
        var body = new List<string>();
        var title = string.IsNullOrWhiteSpace(document.Metadata.Title) ? null : document.Metadata.Title.Trim();
        var removedLine = false;
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && PhotoCaptions.IsCaption(trimmed))
            {
                captions.Add(trimmed);
                removedLine = true;
                continue;
            }

            if (title is null && trimmed.Length > 0)
            {
                title = trimmed;
                continue;
            }

            // A removed caption must not leave a double gap: drop blank lines that would follow a blank line.
            if (removedLine && trimmed.Length == 0 && body.Count > 0 && body[^1].Trim().Length == 0)
            {
                continue;
            }

            removedLine &= trimmed.Length == 0;
            body.Add(line);
        }

        var text = string.Join("\n", body).Trim();
        if (text.Length == 0)
        {
            return ExtractionResult.Failed("no article text found");
        }

        // A given publication date is left to the pipeline (PublicationDates), which owns that decision.
        var metadata = document.Metadata;
        return ExtractionResult.Success(new Article(
            document.Id,
            document.Source,
            title ?? document.Id,
            text,
            metadata.Url,
            metadata.Outlet,
            metadata.Byline,
            Captions: captions));
    }
}
