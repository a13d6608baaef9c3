using CrossCheck.Extraction.Html;
using CrossCheck.Ingest;

namespace CrossCheck.Extraction;

/// <summary>Turns a raw document into an article: HTML through <see cref="HtmlArticleExtractor"/>,
/// plain text through <see cref="PlainTextArticleReader"/>.</summary>
public static class ArticleExtractor
{
    /// <summary>Extracts the article, or says in one line why there is none. Never throws on bad content.</summary>
    public static ExtractionResult Extract(RawDocument document, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(time);
        return document.Format == DocumentFormat.Html
            ? HtmlArticleExtractor.Extract(document, time)
            : PlainTextArticleReader.Read(document);
    }

    /// <summary>The plain-text path on its own (front-matter title or first non-caption line).</summary>
    public static Article? FromText(RawDocument document) => PlainTextArticleReader.Read(document).Article;
}
