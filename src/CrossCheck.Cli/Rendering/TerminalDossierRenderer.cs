using System.Globalization;
using CrossCheck.Dossiers;
using CrossCheck.Dossiers.Rendering;
using Spectre.Console;

namespace CrossCheck.Cli.Rendering;

/// <summary>Renders a dossier for a terminal (readable at 100 columns): per story a summary, coverage,
/// claims coloured by status with their evidence, quotes with wording differences, timeline, entities.</summary>
internal static partial class TerminalDossierRenderer
{
    public static void Render(DossierDocument document, IAnsiConsole console)
    {
        foreach (var story in document.Stories)
        {
            var view = new StoryView(document, story);
            console.Write(new Rule($"[bold]{Markup.Escape(story.Title)}[/]").LeftJustified());
            console.MarkupLine(Invariant(
                $"[grey]{view.Articles.Count} reports from {view.OutletCount} outlets ·[/] [green]{view.Count(ClaimStatusValue.Corroborated)} corroborated[/] · [yellow]{view.Count(ClaimStatusValue.Partial)} partial[/] · [red]{view.Count(ClaimStatusValue.Contradicted)} contradicted[/] · [grey]{view.Count(ClaimStatusValue.SingleSource)} single-source[/]"));
            console.WriteLine();
            RenderCoverage(view, console);
            RenderClaims(view, console);
            RenderQuotes(view, console);
            RenderTimeline(view, console);
            RenderEntities(view, console);
        }
    }

    private static void RenderCoverage(StoryView view, IAnsiConsole console)
    {
        var table = new Table().Title("[bold]Coverage[/]").Border(TableBorder.Simple).Expand()
            .AddColumn("Outlet").AddColumn("Report").AddColumn("Published")
            .AddColumn(new TableColumn("[green]✔[/]").RightAligned()).AddColumn(new TableColumn("[yellow]~[/]").RightAligned())
            .AddColumn(new TableColumn("[red]✘[/]").RightAligned()).AddColumn(new TableColumn("[grey]1[/]").RightAligned())
            .AddColumn("Derived from");
        foreach (var article in view.Articles)
        {
            table.AddRow(
                Markup.Escape(article.Outlet ?? "—"),
                Markup.Escape(article.Title) + " [grey](" + Markup.Escape(article.Id) + ")[/]",
                Markup.Escape(StoryView.PublishedLabel(article)),
                Number(view.Count(article.Id, ClaimStatusValue.Corroborated)),
                Number(view.Count(article.Id, ClaimStatusValue.Partial)),
                Number(view.Count(article.Id, ClaimStatusValue.Contradicted)),
                Number(view.Count(article.Id, ClaimStatusValue.SingleSource)),
                Markup.Escape(view.Derivation(article, withIds: false)));
        }

        console.Write(table);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
