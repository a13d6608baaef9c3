namespace CrossCheck.Dossiers.Rendering;

/// <summary>Renders a dossier document as Markdown. PLACEHOLDER: the Report stage replaces it.</summary>
public static class MarkdownDossierRenderer
{
    public static string Render(DossierDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return string.Join("\n\n", document.Stories.Select(s => "# " + s.Title)) + "\n";
    }
}
