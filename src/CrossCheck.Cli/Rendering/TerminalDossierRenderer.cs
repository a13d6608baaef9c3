using CrossCheck.Dossiers;
using Spectre.Console;

namespace CrossCheck.Cli.Rendering;

/// <summary>Renders a dossier for a terminal. PLACEHOLDER: the Report stage replaces it.</summary>
internal static class TerminalDossierRenderer
{
    public static void Render(DossierDocument document, IAnsiConsole console)
    {
        foreach (var story in document.Stories)
        {
            console.Write(new Rule(Markup.Escape(story.Title)));
        }
    }
}
