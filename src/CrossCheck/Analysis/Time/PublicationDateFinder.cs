using CrossCheck.Extraction;
using CrossCheck.Text.Dates;

namespace CrossCheck.Analysis.Time;

/// <summary>Infers a publication date from an article's own text. Preference: a publication stamp
/// ("Published 22 Nov 2023"), then a dateline ("SKOPJE, Nov 22 (Reuters) -"), then the latest full date of a
/// photo caption (in <see cref="Article.Captions"/>, or a caption left as the first or last line of the text) or of
/// a short dated first line. A caption shows the day of the event, normally the day of the report.</summary>
internal static class PublicationDateFinder
{
    private const int EdgeLines = 3;

    public static PublicationDate? FromText(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var lines = EdgeLinesOf(article.Text);
        if (BestStamp(lines) is { } stamped)
        {
            return stamped;
        }

        var captionDate = LatestCaptionDate(article, lines);
        var dateline = TextDateEvidence.Dateline(article.Text, captionDate?.Date);
        return dateline ?? captionDate;
    }

    /// <summary>Parses a date given in metadata (ISO 8601, RFC 1123, "22 November 2023", Unix time, ...).</summary>
    public static PublicationDate? ParseMetadata(string? value) => DateStringParser.Parse(value, DateDialect.Metadata);

    /// <summary>A "Published" stamp before an "Updated" one: the update is later than the publication.</summary>
    private static PublicationDate? BestStamp(IReadOnlyList<string> lines)
    {
        PublicationDate? updated = null;
        foreach (var line in lines)
        {
            if (TextDateEvidence.Stamp(line, out var isUpdate) is not { } date)
            {
                continue;
            }

            if (!isUpdate)
            {
                return date;
            }

            updated ??= date;
        }

        return updated;
    }

    private static PublicationDate? LatestCaptionDate(Article article, IReadOnlyList<string> edgeLines)
    {
        var captions = (article.Captions ?? [])
            .Concat(edgeLines.Where((line, i) => TextDateEvidence.LooksLikeCaption(line) || (i == 0 && TextDateEvidence.IsDateLine(line))));
        DateOnly? latest = null;
        foreach (var text in captions)
        {
            if (TextDateEvidence.FullDates(text).DefaultIfEmpty().Max() is { } date && date != default && (latest is null || date > latest))
            {
                latest = date;
            }
        }

        return latest is { } found ? new PublicationDate(found) : null;
    }

    /// <summary>The first and last few non-empty lines: where stamps and stray captions sit.</summary>
    private static List<string> EdgeLinesOf(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return lines.Count <= 2 * EdgeLines ? lines : [.. lines.Take(EdgeLines), .. lines.TakeLast(EdgeLines)];
    }
}
