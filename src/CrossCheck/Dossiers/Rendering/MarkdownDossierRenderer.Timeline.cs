using System.Text;

namespace CrossCheck.Dossiers.Rendering;

public static partial class MarkdownDossierRenderer
{
    private static void AppendTimeline(StringBuilder md, StoryView view)
    {
        md.AppendLine("### Timeline").AppendLine();
        if (view.Story.Timeline.Count == 0)
        {
            md.AppendLine("No dated events found.").AppendLine();
            return;
        }

        md.AppendLine("| Date | What | Reported by |");
        md.AppendLine("| --- | --- | --- |");
        var claims = view.Story.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var entry in view.Story.Timeline)
        {
            var outlets = entry.ClaimIds
                .Where(claims.ContainsKey)
                .Select(id => view.OutletOf(claims[id].ArticleId))
                .Distinct(StringComparer.Ordinal);
            md.AppendLine(Invariant($"| {MarkdownText.Cell(entry.Date)} | {MarkdownText.Cell(entry.Summary)} | {MarkdownText.Cell(string.Join(", ", outlets))} |"));
        }

        md.AppendLine();
    }

    private static void AppendEntities(StringBuilder md, StoryView view)
    {
        md.AppendLine("### Entities").AppendLine();
        if (view.Story.Entities.Count == 0)
        {
            md.AppendLine("No entities found.").AppendLine();
            return;
        }

        md.AppendLine("| Name | Type | Also called | Reports |");
        md.AppendLine("| --- | --- | --- | ---: |");
        foreach (var entity in view.Story.Entities.OrderByDescending(e => e.ArticleIds.Count).ThenBy(e => e.Name, StringComparer.Ordinal))
        {
            var aliases = entity.Aliases.Where(a => !string.Equals(a, entity.Name, StringComparison.Ordinal));
            md.AppendLine(Invariant(
                $"| {MarkdownText.Cell(entity.Name)} | {entity.Type.ToString().ToLowerInvariant()} | {MarkdownText.Cell(string.Join(", ", aliases))} | {entity.ArticleIds.Count} |"));
        }

        md.AppendLine();
    }
}
