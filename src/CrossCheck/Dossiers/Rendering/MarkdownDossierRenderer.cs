using System.Globalization;
using System.Text;

namespace CrossCheck.Dossiers.Rendering;

/// <summary>Renders a dossier document as Markdown: per story a summary, coverage by outlet, the claim
/// table, quotes side by side, the timeline and the entities.</summary>
public static partial class MarkdownDossierRenderer
{
    public static string Render(DossierDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var md = new StringBuilder();
        md.AppendLine("# CrossCheck dossier").AppendLine();
        md.AppendLine(Counts.Summary(document)).AppendLine();
        foreach (var story in document.Stories)
        {
            var view = new StoryView(document, story);
            AppendSummary(md, view);
            AppendCoverage(md, view);
            AppendClaims(md, view);
            AppendQuotes(md, view);
            AppendTimeline(md, view);
            AppendEntities(md, view);
        }

        return md.ToString();
    }

    private static void AppendSummary(StringBuilder md, StoryView view)
    {
        md.AppendLine(Invariant($"## {MarkdownText.Cell(view.Story.Title)}")).AppendLine();
        md.AppendLine(Invariant(
            $"Story `{view.Story.Id}` · {Counts.Of(view.Articles.Count, "report", "reports")} from {Counts.Of(view.OutletCount, "outlet", "outlets")} · ✅ {view.Count(ClaimStatusValue.Corroborated)} corroborated · 🟡 {view.Count(ClaimStatusValue.Partial)} partial · ❌ {view.Count(ClaimStatusValue.Contradicted)} contradicted · ⚪ {view.Count(ClaimStatusValue.SingleSource)} single-source"))
            .AppendLine();
    }

    private static void AppendCoverage(StringBuilder md, StoryView view)
    {
        md.AppendLine("### Coverage").AppendLine();
        md.AppendLine("| Outlet | Report | Published | ✅ | 🟡 | ❌ | ⚪ | Derived from |");
        md.AppendLine("| --- | --- | --- | ---: | ---: | ---: | ---: | --- |");
        foreach (var article in view.Articles)
        {
            var derived = MarkdownText.Cell(view.Derivation(article));
            var counts = string.Join(" | ", CountOrder.Select(s => view.Count(article.Id, s).ToString(CultureInfo.InvariantCulture)));
            md.AppendLine(CultureInfo.InvariantCulture, $"| {MarkdownText.Cell(article.Outlet ?? "—")} | {MarkdownText.Cell(article.Title)} (`{MarkdownText.Cell(article.Id)}`) | {MarkdownText.Cell(StoryView.PublishedLabel(article))} | {counts} | {derived} |");
        }

        md.AppendLine();
    }

    private static readonly ClaimStatusValue[] CountOrder =
        [ClaimStatusValue.Corroborated, ClaimStatusValue.Partial, ClaimStatusValue.Contradicted, ClaimStatusValue.SingleSource];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
