using AngleSharp.Html.Parser;
using CrossCheck.Ingest;

namespace CrossCheck.Extraction;

/// <summary>Turns a raw document into an article. PLACEHOLDER-QUALITY for HTML: the Extraction stage replaces it.</summary>
public static class ArticleExtractor
{
    public static Article? Extract(RawDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Format == DocumentFormat.Html ? FromHtml(document) : FromText(document);
    }

    private static Article? FromText(RawDocument document)
    {
        var text = document.Content.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        var title = document.Metadata.Title;
        if (title is null)
        {
            var firstBreak = text.IndexOf('\n');
            title = (firstBreak < 0 ? text : text[..firstBreak]).Trim();
            text = firstBreak < 0 ? string.Empty : text[(firstBreak + 1)..].Trim();
        }

        return text.Length == 0 ? null : Build(document, title, text);
    }

    private static Article? FromHtml(RawDocument document)
    {
        var parser = new HtmlParser();
        using var dom = parser.ParseDocument(document.Content);
        var paragraphs = dom.QuerySelectorAll("p").Select(p => p.TextContent.Trim()).Where(t => t.Length > 0);
        var text = string.Join("\n\n", paragraphs);
        var title = document.Metadata.Title ?? dom.QuerySelector("h1")?.TextContent.Trim() ?? dom.Title ?? document.Id;
        return text.Length == 0 ? null : Build(document, title, text);
    }

    private static Article Build(RawDocument document, string title, string text) =>
        new(document.Id, document.Source, title, text, document.Metadata.Url, document.Metadata.Outlet, document.Metadata.Byline);
}
