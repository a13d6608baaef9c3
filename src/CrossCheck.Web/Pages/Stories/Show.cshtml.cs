using CrossCheck.Catalog;
using CrossCheck.Dossiers;
using CrossCheck.Dossiers.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrossCheck.Web.Pages.Stories;

internal sealed class StoryModel(IStoryCatalog catalog) : PageModel
{
    public DossierDocument Dossier { get; private set; } = null!;

    public string DossierHtml { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await catalog.GetStoryAsync(id, cancellationToken) is not { } dossier)
        {
            return NotFound();
        }

        Dossier = dossier;
        DossierHtml = HtmlDossierRenderer.RenderStory(dossier, dossier.Stories[0]);
        return Page();
    }
}
