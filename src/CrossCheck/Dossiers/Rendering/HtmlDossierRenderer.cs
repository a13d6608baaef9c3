using System.Net;

namespace CrossCheck.Dossiers.Rendering;

/// <summary>Renders a dossier document as one self-contained HTML page. PLACEHOLDER: the Report stage replaces it.</summary>
public static class HtmlDossierRenderer
{
    public static string Render(DossierDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return "<!DOCTYPE html><html><body>" +
               string.Concat(document.Stories.Select(s => "<h1>" + WebUtility.HtmlEncode(s.Title) + "</h1>")) +
               "</body></html>\n";
    }
}
