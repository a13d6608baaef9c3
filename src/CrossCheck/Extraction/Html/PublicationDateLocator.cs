using System.Text.RegularExpressions;
using AngleSharp.Dom;
using CrossCheck.Text.Dates;

namespace CrossCheck.Extraction.Html;

/// <summary>Finds when a page was published, trying sources in order of trust: JSON-LD datePublished,
/// publication meta tags, microdata and &lt;time&gt; elements, a date in the URL path, then a dated line
/// near the headline. Dates after the crawl time (plus a day for time zones) or before 1995 are rejected
/// and the next source is tried. A date without a time of day borrows the time from a less trusted
/// source that names the same day.</summary>
internal static partial class PublicationDateLocator
{
    private static readonly DateOnly Earliest = new(1995, 1, 1);

    /// <summary>Meta keys that name the publication (not modification) time, most trusted first.</summary>
    private static readonly string[] MetaKeys =
    [
        "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
        "article.published", "article_date_original", "publication_date", "publish-date", "publish_date",
        "publishdate", "pubdate", "published_time", "published-date", "published_date", "dc.date.issued",
        "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "date",
        "parsely-pub-date", "sailthru.date", "cxenseparse:recs:publishtime", "originalpublicationdate",
        "displaydate", "article:post_date", "pdate", "timestamp", "citation_publication_date", "citation_date",
    ];

    public static (PublicationDate Date, PublishedFrom From)? Locate(IDocument document, MetaTags meta, JsonLdFacts jsonLd, string? url, TimeProvider time)
    {
        var latest = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(1);
        bool Plausible(PublicationDate? date) => date is not null && date.Date >= Earliest && date.Date <= latest;

        var found = new List<(PublicationDate Date, PublishedFrom From)>();
        foreach (var candidate in Candidates(document, meta, jsonLd, url))
        {
            if (!Plausible(candidate.Date))
            {
                continue;
            }

            found.Add((candidate.Date!, candidate.From));
            if (candidate.Date!.Time is not null && (candidate.Date.Offset is null || candidate.Date.Offset != TimeSpan.Zero))
            {
                break;
            }
        }

        if (found.Count == 0)
        {
            return null;
        }

        var best = found[0];
        if (best.Date.Time is not null && best.Date.Offset == TimeSpan.Zero && found.Skip(1).FirstOrDefault(f => SameInstantInLocalTime(best.Date, f.Date)) is { Date: not null } local)
        {
            return (local.Date, best.From); // the day as the page's own zone has it
        }

        var sameDayWithTime = found.Skip(1).FirstOrDefault(f => f.Date.Date == best.Date.Date && f.Date.Time is not null);
        return sameDayWithTime.Date is null ? best : (sameDayWithTime.Date, best.From);
    }

    /// <summary>A UTC time and the same instant written with the page's own non-zero offset ("2020-02-25T02:25:54Z" and
    /// "2020-02-24T21:25:54-05:00"): the local form gives the day readers of that page saw.</summary>
    private static bool SameInstantInLocalTime(PublicationDate utc, PublicationDate other) =>
        other.Time is not null && other.Offset is { } offset && offset != TimeSpan.Zero
        && Math.Abs((Instant(utc, TimeSpan.Zero) - Instant(other, offset)).TotalMinutes) < 1;

    private static DateTimeOffset Instant(PublicationDate date, TimeSpan offset) =>
        new(date.Date.ToDateTime(date.Time!.Value), offset);

    private static IEnumerable<(PublicationDate? Date, PublishedFrom From)> Candidates(IDocument document, MetaTags meta, JsonLdFacts jsonLd, string? url)
    {
        yield return (DateStringParser.Parse(jsonLd.DatePublished, DateDialect.Page), PublishedFrom.Metadata);
        foreach (var key in MetaKeys)
        {
            yield return (DateStringParser.Parse(meta.Get(key), DateDialect.Page), PublishedFrom.Metadata);
        }

        foreach (var element in document.QuerySelectorAll("[itemprop~='datePublished' i], time[pubdate], [property='article:published_time']").Take(20))
        {
            yield return (FromElement(element), PublishedFrom.Metadata);
        }

        yield return (FromUrl(url), PublishedFrom.Metadata);
        foreach (var element in document.QuerySelectorAll("time").Take(5))
        {
            yield return (FromElement(element), PublishedFrom.Metadata);
        }

        yield return (InScripts(document), PublishedFrom.Metadata);
        yield return (NearHeadline(document), PublishedFrom.Text);
        foreach (var element in DateClassElements(document))
        {
            yield return (FromElement(element) ?? DateStringParser.FindAll(element.GetAttribute("title") ?? string.Empty).Select(d => d.Date).FirstOrDefault(), PublishedFrom.Text);
        }

        // The headline's own link ("/blog/2020/01/13/title"), then a date in the page's title ("… | DW | 23.05.2011").
        foreach (var link in document.QuerySelectorAll("h1 a[href], h2 a[href]").Take(3))
        {
            yield return (FromUrl(link.GetAttribute("href") is { } href && Uri.TryCreate(new Uri("http://page.invalid/"), href, out var absolute) ? absolute.ToString() : null), PublishedFrom.Metadata);
        }

        foreach (var title in (string?[])[meta.Get("og:title"), document.Title])
        {
            yield return (DateStringParser.FindAll(title ?? string.Empty).Select(d => d.Date).FirstOrDefault(), PublishedFrom.Text);
        }

        // Last: when the page was changed. A page that states nothing else was most likely published then.
        foreach (var key in ModifiedMetaKeys)
        {
            yield return (DateStringParser.Parse(meta.Get(key), DateDialect.Page), PublishedFrom.Metadata);
        }
    }

    /// <summary>Meta keys that name the last change of the page, tried only when nothing names its publication.</summary>
    private static readonly string[] ModifiedMetaKeys =
    [
        "article:modified_time", "og:updated_time", "datemodified", "dc.date.modified", "dcterms.modified", "last-modified",
        "lastmod", "revised",
    ];

    /// <summary>Publication keys that page scripts set in their own data ("datePublished": "...",
    /// <c>article.publication_date = '...'</c>); JSON-LD is read before this.</summary>
    private static readonly string[] ScriptKeys =
    [
        "datePublished", "date_published", "publishDate", "publish_date", "publishedDate", "published_date", "publication_date",
        "publicationDate", "pubDate", "publishedAt", "published_at", "firstPublished", "dateCreated", "DateCreation",
    ];

    private static readonly Lazy<Regex> ScriptKeyPattern = new(() => new Regex(
        @"[""']?\b(?:" + string.Join('|', ScriptKeys.Select(Regex.Escape)) + @")\b[""']?\s*[:=]\s*[""'](?<value>[^""']{8,40})[""']",
        RegexOptions.CultureInvariant));

    /// <summary>The first publication date a page script states under a publication key.</summary>
    private static PublicationDate? InScripts(IDocument document)
    {
        foreach (var script in document.Scripts.Take(60))
        {
            var type = script.Type;
            if (type is not null && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var text = script.Text;
            if (text.Length > 500_000)
            {
                continue;
            }

            foreach (Match match in ScriptKeyPattern.Value.Matches(text))
            {
                if (DateStringParser.Parse(match.Groups["value"].Value, DateDialect.Page) is { } date)
                {
                    return date;
                }
            }
        }

        return null;
    }

    /// <summary>Elements whose class or id says they hold a date ("date", "datum", "fecha", "published", "posted",
    /// "timestamp"), in page order.</summary>
    private static IEnumerable<IElement> DateClassElements(IDocument document) =>
        document.QuerySelectorAll("[class*='date' i], [id*='date' i], [class*='datum' i], [class*='fecha' i], [class*='publi' i], [class*='posted' i], [class*='timestamp' i], [class*='time' i], [class*='meta' i], [class*='submitted' i], [class*='byline' i]")
            .Where(e => e.LocalName is not ("script" or "style" or "body" or "html" or "input" or "select" or "option") && DomWalk.Text(e).Length < 200)
            .Take(40);

    private static PublicationDate? FromElement(IElement element) =>
        DateStringParser.Parse(element.GetAttribute("datetime"), DateDialect.Page)
        ?? DateStringParser.Parse(element.GetAttribute("content"), DateDialect.Page)
        ?? DateStringParser.Parse(DomWalk.Text(element), DateDialect.Page)
        ?? DateStringParser.FindAll(DomWalk.Text(element)).Select(d => d.Date).FirstOrDefault();

    internal static PublicationDate? FromUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var match = UrlDate().Match(uri.AbsolutePath);
        return match.Success
            ? DateStringParser.Create(Text.DecimalDigits.Parse(match.Groups["y"].ValueSpan), Text.DecimalDigits.Parse(match.Groups["m"].ValueSpan), Text.DecimalDigits.Parse(match.Groups["d"].ValueSpan))
            : null;
    }

    /// <summary>The first date in the short lines that follow the page's &lt;h1&gt; (or open the body).</summary>
    private static PublicationDate? NearHeadline(IDocument document)
    {
        var start = (IElement?)document.QuerySelector("h1") ?? document.Body;
        if (start is null)
        {
            return null;
        }

        var seen = 0;
        for (IElement? element = start; element is not null && seen < 120; element = Next(element), seen++)
        {
            // A short block, leaf or not: "<li><span>Datum:</span>26. Januar 2022</li>", "<p><br>1. Februar 2022</p>".
            if (element.LocalName is "script" or "style" or "noscript")
            {
                continue;
            }

            var text = DomWalk.Text(element);
            if (text.Length is > 0 and < 200 && DateStringParser.FindAll(text).FirstOrDefault() is { Date: not null } hit)
            {
                return hit.Date;
            }
        }

        return null;
    }

    private static IElement? Next(IElement element)
    {
        if (element.FirstElementChild is { } child)
        {
            return child;
        }

        for (IElement? current = element; current is not null; current = current.ParentElement)
        {
            if (current.NextElementSibling is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})[/-](?<m>\d{1,2})[/-](?<d>\d{1,2})(?:/|-|\.|$)|/(?<y>(?:19|20)\d{2})(?<m>\d{2})(?<d>\d{2})(?:/|$)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();
}
