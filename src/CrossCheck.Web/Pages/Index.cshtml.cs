using CrossCheck.Catalog;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrossCheck.Web.Pages;

internal sealed class IndexModel(IStoryCatalog catalog) : PageModel
{
    public string? Query { get; private set; }

    public IReadOnlyList<StorySummary> Stories { get; private set; } = [];

    public async Task OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        Query = q;
        Stories = await catalog.ListStoriesAsync(q, cancellationToken);
    }
}
