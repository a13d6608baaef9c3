using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CrossCheck.Ingest;

namespace CrossCheck.Extraction.Html;

/// <summary>Extracts the article from an HTML page: metadata and publication date from the untouched page,
/// then the body text from the cleaned page (furniture removed, best-scoring block kept, link lists pruned),
/// with a whole-page paragraph fallback when the chosen block holds too little of the page's prose.</summary>
internal static class HtmlArticleExtractor
{
    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false, IsKeepingSourceReferences = false };

    public static ExtractionResult Extract(RawDocument document, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(time);
        if (HtmlInputGuard.Problem(document.Content) is { } problem)
        {
            return ExtractionResult.Failed(problem);
        }

        var parser = new HtmlParser(ParserOptions);
        using var page = parser.ParseDocument(NestingLimiter.Limit(HtmlInputGuard.Capped(document.Content)));
        var meta = new MetaTags(page);
        var jsonLd = JsonLd.Read(page);
        var metadata = PageMetadataReader.Read(page, meta, jsonLd, document.Metadata.Url);
        var url = document.Metadata.Url ?? metadata.CanonicalUrl;
        // A date given with the input outranks the page's own; the pipeline applies it (PublicationDates).
        var published = string.IsNullOrWhiteSpace(document.Metadata.Published)
            ? PublicationDateLocator.Locate(page, meta, jsonLd, url, time)
            : null;
        var title = document.Metadata.Title ?? metadata.Title;
        var byline = document.Metadata.Byline ?? metadata.Byline;

        if (page.Body is not { } body)
        {
            return ExtractionResult.Failed("no <body> in the page");
        }

        var paragraphs = ParagraphFilter.Apply(BodyParagraphs(body), title, byline);
        Article Page(string pageTitle, string text) => new(
            document.Id,
            document.Source,
            pageTitle,
            text,
            url,
            document.Metadata.Outlet ?? metadata.Outlet,
            byline,
            metadata.Language,
            published?.Date,
            published?.From ?? PublishedFrom.None);
        if (paragraphs.Count == 0)
        {
            return ExtractionResult.Failed("no article text found", title is not null || published is not null ? Page(title ?? string.Empty, string.Empty) : null);
        }

        return ExtractionResult.Success(Page(title ?? paragraphs[0], string.Join("\n\n", paragraphs)));
    }

    internal static IReadOnlyList<string> BodyParagraphs(IElement body)
    {
        BoilerplateRemover.Clean(body);
        var content = ContentScorer.FindContent(body);
        var main = content.Count == 0 ? [] : BlockTextRenderer.Render(content);
        var mainLength = main.Sum(p => p.Length);
        var fallback = FallbackParagraphs.Collect(body);
        var fallbackLength = fallback.Sum(p => p.Length);
        return mainLength >= fallbackLength * FallbackParagraphs.MinShareOfFallback ? main : fallback;
    }
}
