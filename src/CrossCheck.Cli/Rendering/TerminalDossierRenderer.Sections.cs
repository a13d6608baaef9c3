using System.Globalization;
using CrossCheck.Alignment;
using CrossCheck.Dossiers;
using CrossCheck.Dossiers.Rendering;
using Spectre.Console;

namespace CrossCheck.Cli.Rendering;

internal static partial class TerminalDossierRenderer
{
    private static void RenderClaims(StoryView view, IAnsiConsole console)
    {
        var table = new Table().Title("[bold]Claims[/]").Border(TableBorder.Simple).Expand()
            .AddColumn(new TableColumn("Status").NoWrap()).AddColumn(new TableColumn("Claim").Width(46)).AddColumn("Source").AddColumn(new TableColumn("Evidence").Width(30));
        foreach (var claim in view.Story.Claims)
        {
            var colour = Colour(claim.Status);
            var text = Markup.Escape(claim.Text);
            if (claim.Attribution is not null)
            {
                text += " [grey italic](attributed to " + Markup.Escape(claim.Attribution) + ")[/]";
            }

            if (claim.Hedged)
            {
                text += " [grey italic](hedged)[/]";
            }

            var evidence = string.Join("\n", claim.Evidence.Select(e =>
                $"[{(e.Relation == EvidenceRelationValue.Contradicts ? "red" : "green")}]{Markup.Escape(view.OutletOf(e.ArticleId))}[/] {StoryView.Label(e.Relation)} " +
                string.Create(CultureInfo.InvariantCulture, $"{e.Score:0.00}") +
                (e.Conflicts.Count > 0 ? " [red]" + Markup.Escape(string.Join("; ", e.Conflicts)) + "[/]" : string.Empty))
                .Concat(StoryView.UnlistedSources(claim) is { } unlisted ? ["[grey]" + unlisted + "[/]"] : []));
            if (claim.Reason is { Length: > 0 } reason)
            {
                evidence = "[bold]" + Markup.Escape(reason) + "[/]" + (evidence.Length > 0 ? "\n" + evidence : string.Empty);
            }

            table.AddRow($"[{colour}]{StoryView.Label(claim.Status)}[/]", text, Markup.Escape(view.OutletOf(claim.ArticleId)), evidence);
        }

        console.Write(table);
    }

    private static void RenderQuotes(StoryView view, IAnsiConsole console)
    {
        if (view.QuoteGroups.Count == 0)
        {
            return;
        }

        var table = new Table().Title("[bold]Who said what[/]").Border(TableBorder.Simple).Expand()
            .AddColumn(new TableColumn("Speaker").Width(18)).AddColumn("Quote").AddColumn(new TableColumn("Outlet").Width(18));
        foreach (var group in view.QuoteGroups)
        {
            var first = group[0];
            foreach (var quote in group)
            {
                var text = quote == first ? Markup.Escape(quote.Text) : Highlight(StoryView.Difference(first, quote));
                table.AddRow(quote == first ? Markup.Escape(first.SpeakerLabel("unknown")) : string.Empty, "“" + text + "”", Markup.Escape(view.OutletOf(quote.ArticleId)));
            }
        }

        console.Write(table);
    }

    private static string Highlight(IReadOnlyList<DiffSegment> segments) =>
        string.Join(" ", segments.Select(s => s.Op switch
        {
            DiffOp.Removed => "[red strikethrough]" + Markup.Escape(s.Text) + "[/]",
            DiffOp.Added => "[green bold]" + Markup.Escape(s.Text) + "[/]",
            _ => Markup.Escape(s.Text),
        }));

    private static void RenderTimeline(StoryView view, IAnsiConsole console)
    {
        if (view.Story.Timeline.Count == 0)
        {
            return;
        }

        var table = new Table().Title("[bold]Timeline[/]").Border(TableBorder.Simple).Expand()
            .AddColumn(new TableColumn("Date").NoWrap()).AddColumn("What");
        foreach (var entry in view.Story.Timeline)
        {
            table.AddRow(Markup.Escape(entry.Date), Markup.Escape(entry.Summary));
        }

        console.Write(table);
    }

    private static void RenderEntities(StoryView view, IAnsiConsole console)
    {
        if (view.Story.Entities.Count == 0)
        {
            return;
        }

        var table = new Table().Title("[bold]Entities[/]").Border(TableBorder.Simple).Expand()
            .AddColumn("Name").AddColumn("Type").AddColumn("Also called").AddColumn(new TableColumn("Reports").RightAligned());
        foreach (var entity in view.Story.Entities.OrderByDescending(e => e.ArticleIds.Count).ThenBy(e => e.Name, StringComparer.Ordinal))
        {
            var aliases = entity.Aliases.Where(a => !string.Equals(a, entity.Name, StringComparison.Ordinal));
            table.AddRow(
                Markup.Escape(entity.Name),
                entity.Type.ToString().ToLowerInvariant(),
                Markup.Escape(string.Join(", ", aliases)),
                entity.ArticleIds.Count.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(table);
    }

    private static string Colour(ClaimStatusValue status) => status switch
    {
        ClaimStatusValue.Corroborated => "green",
        ClaimStatusValue.Partial => "yellow",
        ClaimStatusValue.Contradicted => "red",
        _ => "grey",
    };
}
