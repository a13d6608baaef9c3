using CrossCheck.Catalog;
using CrossCheck.Ingest;
using CrossCheck.Ingest.Readers;
using CrossCheck.Web.Api;
using CrossCheck.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrossCheck.Web.Pages;

/// <summary>The add form: pasted text, article URLs or a feed. Protected by antiforgery tokens and,
/// when the server has one, its API key.</summary>
public sealed class AddModel(IStoryCatalog catalog, WebOptions options, IServiceProvider services) : PageModel
{
    [BindProperty] public string? ApiKey { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Outlet { get; set; }
    [BindProperty] public string? Published { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Urls { get; set; }
    [BindProperty] public string? FeedUrl { get; set; }

    public bool KeyRequired => options.ApiKey is not null;

    public string? Message { get; private set; }

    public bool Failed { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public IReadOnlyList<string> AddedIds { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (KeyRequired && !ApiKeys.IsValid(options, ApiKey))
        {
            return Fail("The API key is not correct.", StatusCodes.Status401Unauthorized);
        }

        var documents = new List<RawDocument>();
        var errors = new List<string>();
        if (!string.IsNullOrWhiteSpace(Text))
        {
            var pasted = new ArticleRecord(Outlet: Blank(Outlet), Title: Blank(Title), Published: Blank(Published), Text: Text);
            documents.Add(ArticleBody.ToDocument(pasted, $"pasted-{Guid.NewGuid():N}"[..15]).Document!);
        }

        var fetcher = services.GetService(typeof(IDocumentFetcher)) as IDocumentFetcher;
        foreach (var line in (Urls ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TryWebUrl(line, out var url))
            {
                errors.Add($"{line}: not an http(s) URL");
            }
            else if (fetcher is null)
            {
                errors.Add($"{line}: this server does not fetch URLs");
            }
            else
            {
                var fetched = await fetcher.FetchPageAsync(url, cancellationToken);
                documents.AddRange(fetched.Documents);
                errors.AddRange(fetched.Errors.Select(e => e.ToString()));
            }
        }

        if (!string.IsNullOrWhiteSpace(FeedUrl))
        {
            if (!TryWebUrl(FeedUrl, out var feed) || fetcher is null)
            {
                errors.Add($"{FeedUrl}: {(fetcher is null ? "this server does not fetch feeds" : "not an http(s) URL")}");
            }
            else
            {
                var fetched = await fetcher.FetchFeedAsync(feed, cancellationToken);
                documents.AddRange(fetched.Documents);
                errors.AddRange(fetched.Errors.Select(e => e.ToString()));
            }
        }

        if (documents.Count == 0)
        {
            Errors = errors;
            return Fail(errors.Count == 0 ? "Paste a report or give a URL or feed." : "Nothing could be added.", StatusCodes.Status400BadRequest);
        }

        var outcome = await catalog.AddAsync(documents, cancellationToken);
        AddedIds = outcome.ArticleIds;
        Errors = [.. errors, .. outcome.Errors];
        Message = outcome.Added == 0 ? "These reports were already here." : $"Added {outcome.Added} report(s) and cross-checked their stories.";
        return Page();
    }

    private PageResult Fail(string message, int status)
    {
        Message = message;
        Failed = true;
        Response.StatusCode = status;
        return Page();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool TryWebUrl(string text, out Uri url) =>
        Uri.TryCreate(text, UriKind.Absolute, out url!) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
}
