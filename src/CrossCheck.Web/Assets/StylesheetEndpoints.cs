using CrossCheck.Dossiers.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CrossCheck.Web.Assets;

/// <summary>Serves the site's stylesheet (the dossier styles plus the page chrome) as a file, so the
/// Content-Security-Policy can forbid inline styles and scripts.</summary>
internal static class StylesheetEndpoints
{
    private static readonly string Css = HtmlDossierRenderer.Stylesheet + "\n" + SiteStyle.Css;

    public static IEndpointRouteBuilder MapStylesheets(this IEndpointRouteBuilder app)
    {
        app.MapGet("/assets/site.css", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(Css, "text/css; charset=utf-8");
        }).ExcludeFromDescription();
        return app;
    }
}
