using System.Globalization;
using System.Text;

namespace CrossCheck.Dossiers.Rendering;

public static partial class MarkdownDossierRenderer
{
    private static void AppendClaims(StringBuilder md, StoryView view)
    {
        md.AppendLine("### Claims").AppendLine();
        if (view.Story.Claims.Count == 0)
        {
            md.AppendLine("No claims found.").AppendLine();
            return;
        }

        md.AppendLine("| Status | Claim | Source | Why | Evidence |");
        md.AppendLine("| --- | --- | --- | --- | --- |");
        var ordered = view.Story.Claims
            .OrderBy(c => c.Status switch
            {
                ClaimStatusValue.Contradicted => 0,
                ClaimStatusValue.Corroborated => 1,
                ClaimStatusValue.Partial => 2,
                _ => 3,
            })
            .ThenBy(c => view.Story.ArticleIds.ToList().IndexOf(c.ArticleId))
            .ThenBy(c => c.Start);
        foreach (var claim in ordered)
        {
            var notes = new List<string>();
            if (claim.Attribution is not null)
            {
                notes.Add("attributed to " + claim.Attribution);
            }

            if (claim.Hedged)
            {
                notes.Add("hedged");
            }

            var text = MarkdownText.Cell(claim.Text) + (notes.Count > 0 ? " *(" + MarkdownText.Cell(string.Join("; ", notes)) + ")*" : string.Empty);
            var evidence = string.Join("<br>", claim.Evidence.Select(e =>
                string.Create(CultureInfo.InvariantCulture, $"**{MarkdownText.Cell(view.OutletOf(e.ArticleId))}** {StoryView.Label(e.Relation)} ({e.Score:0.00}): “{MarkdownText.Cell(e.Text)}”") +
                (e.Conflicts.Count > 0 ? " — conflict: " + MarkdownText.Cell(string.Join("; ", e.Conflicts)) : string.Empty))
                .Concat(StoryView.UnlistedSources(claim) is { } unlisted ? ["*" + unlisted + "*"] : []));
            md.AppendLine(Invariant(
                $"| {StoryView.Symbol(claim.Status)} {StoryView.Label(claim.Status)} | {text} | {MarkdownText.Cell(view.OutletOf(claim.ArticleId))} | {MarkdownText.Cell(claim.Reason ?? string.Empty)} | {evidence} |"));
        }

        md.AppendLine();
    }
}
