using System.Globalization;
using CrossCheck.Cli.Commands;
using CrossCheck.Evaluation;
using Spectre.Console;

namespace CrossCheck.Cli.Rendering;

/// <summary>Prints an evaluation report as Spectre tables.</summary>
internal static class TerminalEvaluationRenderer
{
    public static void Render(EvaluationReport report, int articleCount, TextOptions options, IAnsiConsole console)
    {
        console.Write(SectionTable(
            $"CrossCheck eval: {report.Stories.Count} gold stories, {articleCount} articles read",
            report.Sections,
            report.Overall));

        if (options.Details)
        {
            RenderIssues(report.Issues, options.Sections, console);
        }

        if (options.ByStory)
        {
            foreach (var story in report.Stories)
            {
                console.Write(SectionTable(story.Story, story.Sections, story.Overall));
            }

            return;
        }

        var stories = new Table().Border(TableBorder.Simple).AddColumn("story").AddColumn(new TableColumn("overall").RightAligned());
        foreach (var story in report.Stories)
        {
            stories.AddRow(Markup.Escape(story.Story), Number(story.Overall));
        }

        console.Write(stories);
    }

    private static void RenderIssues(IReadOnlyList<EvaluationIssue> issues, IReadOnlyList<string> sections, IAnsiConsole console)
    {
        var shown = issues.Where(i => sections.Count == 0 || sections.Contains(i.Section, StringComparer.Ordinal));
        foreach (var story in shown.GroupBy(i => i.Story, StringComparer.Ordinal))
        {
            console.Write(new Rule($"[bold]{Markup.Escape(story.Key)}[/]").LeftJustified());
            foreach (var issue in story)
            {
                var where = issue.ArticleId is null ? "" : $" [dim]{Markup.Escape(issue.ArticleId)}[/]";
                console.MarkupLine($"  {issue.Section} [{KindColour(issue.Kind)}]{issue.Kind}[/]{where}: {Markup.Escape(issue.Detail)}");
            }
        }
    }

    private static string KindColour(string kind) => kind switch
    {
        IssueKinds.Missed => "yellow",
        IssueKinds.Wrong => "red",
        _ => "blue",
    };

    private static Table SectionTable(string title, IReadOnlyList<SectionScore> sections, double overall)
    {
        var table = new Table()
            .Border(TableBorder.Rounded)
            .Title(Markup.Escape(title))
            .AddColumn("section")
            .AddColumn(new TableColumn("precision").RightAligned())
            .AddColumn(new TableColumn("recall").RightAligned())
            .AddColumn(new TableColumn("F1").RightAligned())
            .AddColumn(new TableColumn("right/predicted").RightAligned())
            .AddColumn(new TableColumn("right/gold").RightAligned());
        foreach (var section in sections)
        {
            table.AddRow(
                section.Section,
                Number(section.Precision),
                Number(section.Recall),
                $"[{Colour(section.F1)}]{Number(section.F1)}[/]",
                $"{Count(section.PrecisionHits)}/{Count(section.Predicted)}",
                $"{Count(section.RecallHits)}/{Count(section.Gold)}");
        }

        table.AddRow("[bold]overall[/]", "", "", $"[bold {Colour(overall)}]{Number(overall)}[/]", "", "");
        return table;
    }

    private static string Colour(double f1) => f1 >= 0.9 ? "green" : f1 >= 0.6 ? "yellow" : "red";

    private static string Number(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Count(double value) =>
        value == Math.Floor(value) ? value.ToString("0", CultureInfo.InvariantCulture) : value.ToString("0.0", CultureInfo.InvariantCulture);
}
