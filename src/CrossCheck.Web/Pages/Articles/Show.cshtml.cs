using CrossCheck.Catalog;
using CrossCheck.Dossiers;
using CrossCheck.Dossiers.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrossCheck.Web.Pages.Articles;

/// <summary>A piece of article text, inside a claim or not.</summary>
internal sealed record TextSegment(string Text, ClaimEntry? Claim);

internal sealed class ArticleModel(IStoryCatalog catalog) : PageModel
{
    public ArticleDetail Detail { get; private set; } = null!;

    public IReadOnlyList<IReadOnlyList<TextSegment>> Paragraphs { get; private set; } = [];

    public string Published => Detail.Article.Published is null ? "date unknown" : StoryView.PublishedLabel(Detail.Article);

    /// <summary>The article's URL when it is a web link (never javascript: or data:).</summary>
    public string? SafeUrl =>
        Uri.TryCreate(Detail.Article.Url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await catalog.GetArticleAsync(id, cancellationToken) is not { } detail)
        {
            return NotFound();
        }

        Detail = detail;
        Paragraphs = Segment(detail.Text, detail.Claims);
        return Page();
    }

    public static string CssClass(ClaimStatusValue status) => status switch
    {
        ClaimStatusValue.Corroborated => "st-corroborated",
        ClaimStatusValue.Partial => "st-partial",
        ClaimStatusValue.Contradicted => "st-contradicted",
        _ => "st-single",
    };

    public static string Describe(ClaimEntry claim) =>
        StoryView.Label(claim.Status) + (claim.Evidence.Count == 0 ? string.Empty : $" — {claim.Evidence.Count} cited sentence(s) in other reports")
        + (claim.Reason is { Length: > 0 } reason ? ". " + reason : string.Empty);

    /// <summary>Splits the text into paragraphs of plain and claim segments, using the claims' offsets.</summary>
    public static IReadOnlyList<IReadOnlyList<TextSegment>> Segment(string text, IReadOnlyList<ClaimEntry> claims)
    {
        var paragraphs = new List<IReadOnlyList<TextSegment>>();
        var ordered = claims.Where(c => c.Start >= 0 && c.End <= text.Length && c.Start < c.End).OrderBy(c => c.Start).ToList();
        var position = 0;
        foreach (var block in text.Split("\n\n"))
        {
            var start = position;
            var end = start + block.Length;
            position = end + 2;
            var segments = new List<TextSegment>();
            var cursor = start;
            foreach (var claim in ordered.Where(c => c.Start >= start && c.End <= end))
            {
                if (claim.Start < cursor)
                {
                    continue;
                }

                if (claim.Start > cursor)
                {
                    segments.Add(new TextSegment(text[cursor..claim.Start], null));
                }

                segments.Add(new TextSegment(text[claim.Start..claim.End], claim));
                cursor = claim.End;
            }

            if (cursor < end)
            {
                segments.Add(new TextSegment(text[cursor..end], null));
            }

            if (segments.Any(s => s.Text.Trim().Length > 0))
            {
                paragraphs.Add(segments);
            }
        }

        return paragraphs;
    }
}
