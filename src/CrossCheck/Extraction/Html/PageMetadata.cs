using AngleSharp.Dom;

namespace CrossCheck.Extraction.Html;

/// <summary>What the page says about itself, read before the body is cleaned.</summary>
internal sealed record PageMetadata(string? Title, string? Byline, string? Outlet, string? CanonicalUrl, string? Language);

internal static class PageMetadataReader
{
    public static PageMetadata Read(IDocument document, MetaTags meta, JsonLdFacts jsonLd, string? givenUrl)
    {
        var canonical = Absolute(document.QuerySelector("link[rel~='canonical' i]")?.GetAttribute("href"))
            ?? Absolute(meta.First("og:url", "twitter:url"))
            ?? Absolute(jsonLd.Url)
            ?? givenUrl;
        var host = HostOf(canonical) ?? HostOf(givenUrl);
        var outlet = meta.First("og:site_name", "application-name", "al:android:app_name", "al:ios:app_name")
            ?? jsonLd.Publisher
            ?? host;
        return new PageMetadata(Title(document, meta, jsonLd, outlet, host), Byline(document, meta, jsonLd), outlet, canonical, Language(document, meta, jsonLd));
    }

    private static string? Title(IDocument document, MetaTags meta, JsonLdFacts jsonLd, string? outlet, string? host)
    {
        var candidates = new[]
        {
            meta.First("og:title", "twitter:title"),
            jsonLd.Headline,
            document.QuerySelector("h1") is { } h1 ? DomWalk.Text(h1) : null,
            document.Title,
        };
        foreach (var candidate in candidates)
        {
            if (!string.IsNullOrWhiteSpace(candidate))
            {
                var cleaned = TitleCleaner.Clean(DomWalk.Collapse(candidate), outlet, host);
                if (cleaned.Length > 0)
                {
                    return cleaned;
                }
            }
        }

        return null;
    }

    private static string? Byline(IDocument document, MetaTags meta, JsonLdFacts jsonLd)
    {
        if (jsonLd.Author is { } author)
        {
            return author;
        }

        var fromMeta = meta.First("author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author");
        if (fromMeta is not null && !fromMeta.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return StripBy(fromMeta);
        }

        var element = document.QuerySelector("[rel~='author' i], [itemprop~='author' i], .byline, .author-name, .author");
        var text = element is null ? null : StripBy(DomWalk.Text(element));
        return text is { Length: > 0 and < 120 } ? text : null;
    }

    private static string StripBy(string text)
    {
        var trimmed = text.Trim();
        return trimmed.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? trimmed[3..].Trim() : trimmed;
    }

    private static string? Language(IDocument document, MetaTags meta, JsonLdFacts jsonLd)
    {
        var raw = document.DocumentElement?.GetAttribute("lang")
            ?? document.DocumentElement?.GetAttribute("xml:lang")
            ?? meta.First("og:locale", "content-language", "language", "dc.language", "dcterms.language")
            ?? jsonLd.Language;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var tag = raw.Split(',', ';')[0].Trim().Replace('_', '-');
        return tag.Length is >= 2 and <= 20 && tag.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? tag : null;
    }

    private static string? Absolute(string? url) =>
        url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.ToString() : null;

    internal static string? HostOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return null;
        }

        return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
    }
}
