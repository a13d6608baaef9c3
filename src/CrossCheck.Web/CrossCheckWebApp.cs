using CrossCheck.Catalog;
using CrossCheck.Ingest.Fetching;
using CrossCheck.Web.Api;
using CrossCheck.Web.Assets;
using CrossCheck.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CrossCheck.Web;

/// <summary>Builds the CrossCheck web application: server-rendered pages, the HTTP API and its OpenAPI document.</summary>
public static class CrossCheckWebApp
{
    public static WebApplication Create(
        WebOptions options,
        IStoryCatalog catalog,
        TimeProvider time,
        Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(catalog);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(CrossCheckWebApp).Assembly.GetName().Name });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            k.AddServerHeader = false;
        });
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(catalog);
        builder.Services.AddSingleton(time);
        builder.Services.AddCrossCheck();
        builder.Services.AddSingleton<IDocumentFetcher>(_ => new WebDocumentFetcher(new FetchOptions { AllowPrivate = options.AllowPrivateAddresses }, time));
        builder.Services.AddProblemDetails();
        builder.Services.AddAntiforgery(a => a.HeaderName = null);
        builder.Services.AddRazorPages().AddApplicationPart(typeof(CrossCheckWebApp).Assembly);
        builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "CrossCheck API";
            document.Info.Description = "Stories, cross-checked dossiers and articles. Dossiers follow docs/schema/dossier.v1.schema.json.";
            return Task.CompletedTask;
        }));
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages(StatusPages.WriteAsync);
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<RequestSizeLimitMiddleware>();
        app.UseMiddleware<ReadAccessMiddleware>();
        app.UseRouting();
        app.UseAntiforgery();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapStylesheets();
        app.MapStoryApi();
        app.MapArticleApi();
        app.MapRazorPages();
        return app;
    }
}
