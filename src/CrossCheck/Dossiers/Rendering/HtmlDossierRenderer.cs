using System.Globalization;
using System.Net;
using System.Text;

namespace CrossCheck.Dossiers.Rendering;

/// <summary>Renders a dossier document as one self-contained HTML page (inline stylesheet, no scripts,
/// no external resources). Every piece of article text is HTML-encoded.</summary>
public static partial class HtmlDossierRenderer
{
    public static string Render(DossierDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.AppendLine("<title>CrossCheck dossier</title>");
        html.Append("<style>").Append(HtmlDossierStyle.Css).AppendLine("</style>");
        html.AppendLine("</head><body><main>");
        html.AppendLine("<header class=\"page\"><h1>CrossCheck dossier</h1>");
        html.Append("<p>").Append(Counts.Summary(document)).AppendLine("</p></header>");
        foreach (var story in document.Stories)
        {
            AppendStory(html, new StoryView(document, story));
        }

        html.AppendLine("</main></body></html>");
        return html.ToString();
    }

    /// <summary>The stylesheet the dossier markup expects, for pages that embed dossier fragments.</summary>
    public static string Stylesheet => HtmlDossierStyle.Css;

    /// <summary>One story's dossier as an HTML fragment (a &lt;section&gt;), for pages that embed it.</summary>
    public static string RenderStory(DossierDocument document, StoryDossier story)
    {
        var html = new StringBuilder();
        AppendStory(html, new StoryView(document, story));
        return html.ToString();
    }

    private static void AppendStory(StringBuilder html, StoryView view)
    {
        html.Append("<section class=\"story\" id=\"").Append(E(view.Story.Id)).AppendLine("\">");
        html.Append("<h2>").Append(E(view.Story.Title)).AppendLine("</h2>");
        html.Append("<p class=\"summary\">").Append(Invariant($"{Counts.Of(view.Articles.Count, "report", "reports")} from {Counts.Of(view.OutletCount, "outlet", "outlets")}"));
        foreach (var status in StatusOrder)
        {
            html.Append(" <span class=\"badge ").Append(CssClass(status)).Append("\">")
                .Append(Dot)
                .Append(view.Count(status).ToString(CultureInfo.InvariantCulture)).Append(' ')
                .Append(StoryView.Label(status)).Append("</span>");
        }

        html.AppendLine("</p>");
        AppendCoverage(html, view);
        AppendClaims(html, view);
        AppendQuotes(html, view);
        AppendTimeline(html, view);
        AppendEntities(html, view);
        html.AppendLine("</section>");
    }

    private static void AppendCoverage(StringBuilder html, StoryView view)
    {
        html.AppendLine("<h3>Coverage</h3><div class=\"scroll\"><table><thead><tr><th scope=\"col\">Outlet</th><th scope=\"col\">Report</th><th scope=\"col\">Published</th>");
        foreach (var status in StatusOrder)
        {
            html.Append("<th scope=\"col\" class=\"num ").Append(CssClass(status)).Append("\" title=\"").Append(StoryView.Label(status)).Append("\">")
                .Append(Dot).Append("<span class=\"sr-only\">").Append(StoryView.Label(status)).Append("</span></th>");
        }

        html.AppendLine("<th scope=\"col\">Derived from</th></tr></thead><tbody>");
        foreach (var article in view.Articles)
        {
            html.Append("<tr><td>").Append(E(article.Outlet ?? "—")).Append("</td><td>");
            if (IsWebLink(article.Url))
            {
                html.Append("<a href=\"").Append(E(article.Url!)).Append("\" rel=\"noopener noreferrer\">").Append(E(article.Title)).Append("</a>");
            }
            else
            {
                html.Append(E(article.Title));
            }

            html.Append(" <code>").Append(E(article.Id)).Append("</code></td><td>").Append(E(StoryView.PublishedLabel(article))).Append("</td>");
            foreach (var status in StatusOrder)
            {
                html.Append("<td class=\"num\">").Append(view.Count(article.Id, status).ToString(CultureInfo.InvariantCulture)).Append("</td>");
            }

            html.Append("<td>").Append(E(view.Derivation(article))).AppendLine("</td></tr>");
        }

        html.AppendLine("</tbody></table></div>");
    }

    /// <summary>A coloured dot drawn by CSS: unlike emoji it needs no font.</summary>
    private const string Dot = "<span class=\"dot\" aria-hidden=\"true\"></span>";

    private static readonly ClaimStatusValue[] StatusOrder =
        [ClaimStatusValue.Corroborated, ClaimStatusValue.Partial, ClaimStatusValue.Contradicted, ClaimStatusValue.SingleSource];

    private static string CssClass(ClaimStatusValue status) => status switch
    {
        ClaimStatusValue.Corroborated => "st-corroborated",
        ClaimStatusValue.Partial => "st-partial",
        ClaimStatusValue.Contradicted => "st-contradicted",
        _ => "st-single",
    };

    private static bool IsWebLink(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
