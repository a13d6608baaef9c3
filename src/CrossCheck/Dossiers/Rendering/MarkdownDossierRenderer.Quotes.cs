using System.Text;
using CrossCheck.Alignment;

namespace CrossCheck.Dossiers.Rendering;

public static partial class MarkdownDossierRenderer
{
    private static void AppendQuotes(StringBuilder md, StoryView view)
    {
        md.AppendLine("### Who said what").AppendLine();
        if (view.QuoteGroups.Count == 0)
        {
            md.AppendLine("No direct quotes found.").AppendLine();
            return;
        }

        md.AppendLine("| Speaker | Quote | Reported by | Other renderings |");
        md.AppendLine("| --- | --- | --- | --- |");
        foreach (var group in view.QuoteGroups)
        {
            var first = group[0];
            var others = string.Join("<br>", group.Skip(1).Select(q =>
                "**" + MarkdownText.Cell(view.OutletOf(q.ArticleId)) + "**: “" + MarkdownText.Cell(q.Text) + "”" +
                (string.Equals(q.Text, first.Text, StringComparison.OrdinalIgnoreCase) ? " (same wording)" : " — " + Difference(first, q))));
            md.AppendLine(Invariant(
                $"| {MarkdownText.Cell(first.SpeakerLabel("unknown"))} | “{MarkdownText.Cell(first.Text)}” | {MarkdownText.Cell(view.OutletOf(first.ArticleId))} | {others} |"));
        }

        md.AppendLine();
    }

    private static string Difference(QuoteEntry first, QuoteEntry other)
    {
        var parts = StoryView.Difference(first, other).Select(s => s.Op switch
        {
            DiffOp.Removed => "~~" + MarkdownText.Cell(s.Text) + "~~",
            DiffOp.Added => "**" + MarkdownText.Cell(s.Text) + "**",
            _ => MarkdownText.Cell(s.Text),
        });
        return "wording: " + string.Join(" ", parts);
    }
}
