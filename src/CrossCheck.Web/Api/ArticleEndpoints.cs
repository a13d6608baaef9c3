using System.Text.Json;
using CrossCheck.Catalog;
using CrossCheck.Ingest;
using CrossCheck.Ingest.Readers;
using CrossCheck.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CrossCheck.Web.Api;

internal static class ArticleEndpoints
{
    public static IEndpointRouteBuilder MapArticleApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/articles/{id}", async (string id, IStoryCatalog catalog, CancellationToken ct) =>
                await catalog.GetArticleAsync(id, ct) is { } article ? Results.Ok(article) : StoryEndpoints.NotFound("article", id))
            .WithTags("Articles")
            .WithSummary("One article: its extracted text, metadata and claims.")
            .Produces<ArticleDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapPost("/api/articles", AddArticlesAsync)
            .WithTags("Articles")
            .WithSummary("Add articles: a JSONL-style record, {\"url\": ...} to fetch, or an array of them. Needs X-Api-Key.")
            .Accepts<ArticleRecord>("application/json")
            .Produces<AddSummary>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .DisableAntiforgery();

        app.MapPost("/api/feeds", AddFeedAsync)
            .WithTags("Articles")
            .WithSummary("Fetch a feed ({\"url\": ...}: RSS, Atom or OPML) and add its articles. Needs X-Api-Key.")
            .Produces<AddSummary>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> AddArticlesAsync(HttpContext context, IStoryCatalog catalog, WebOptions options, CancellationToken ct)
    {
        if (Unauthorized(context, options) is { } denied)
        {
            return denied;
        }

        var body = await ReadJsonAsync(context, ct);
        if (body.Error is not null)
        {
            return body.Error;
        }

        IReadOnlyList<ArticleRecord> inputs;
        try
        {
            inputs = ArticleBody.Parse(body.Json);
        }
        catch (JsonException ex)
        {
            return BadRequest(ex.Message);
        }

        var documents = new List<RawDocument>();
        var errors = new List<string>();
        var fetcher = context.RequestServices.GetService<IDocumentFetcher>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            if (!input.IsUrlOnly)
            {
                var (document, error) = ArticleBody.ToDocument(input, $"api-{Guid.NewGuid():N}"[..16]);
                if (document is null)
                {
                    errors.Add($"{input.Id ?? "article " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}: {error}");
                }
                else
                {
                    documents.Add(document);
                }

                continue;
            }

            if (!Uri.TryCreate(input.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                errors.Add($"{input.Url}: not an http(s) URL");
                continue;
            }

            if (fetcher is null)
            {
                errors.Add($"{input.Url}: this server does not fetch URLs");
                continue;
            }

            var fetched = await fetcher.FetchPageAsync(url, ct);
            documents.AddRange(fetched.Documents);
            errors.AddRange(fetched.Errors.Select(e => e.ToString()));
        }

        var outcome = await catalog.AddAsync(documents, ct);
        return Results.Ok(outcome with { Errors = [.. errors, .. outcome.Errors] });
    }

    private static async Task<IResult> AddFeedAsync(HttpContext context, IStoryCatalog catalog, WebOptions options, CancellationToken ct)
    {
        if (Unauthorized(context, options) is { } denied)
        {
            return denied;
        }

        var body = await ReadJsonAsync(context, ct);
        if (body.Error is not null)
        {
            return body.Error;
        }

        if (body.Json.ValueKind != JsonValueKind.Object
            || !body.Json.TryGetProperty("url", out var urlValue)
            || urlValue.ValueKind != JsonValueKind.String
            || !Uri.TryCreate(urlValue.GetString(), UriKind.Absolute, out var url)
            || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return BadRequest("expected {\"url\": \"http(s)://...\"}");
        }

        if (context.RequestServices.GetService<IDocumentFetcher>() is not { } fetcher)
        {
            return Results.Problem(statusCode: StatusCodes.Status501NotImplemented, title: "Fetching disabled", detail: "This server does not fetch feeds.");
        }

        var fetched = await fetcher.FetchFeedAsync(url, ct);
        var outcome = await catalog.AddAsync(fetched.Documents, ct);
        return Results.Ok(outcome with { Errors = [.. fetched.Errors.Select(e => e.ToString()), .. outcome.Errors] });
    }

    private static IResult? Unauthorized(HttpContext context, WebOptions options)
    {
        if (ApiKeys.IsValid(options, context))
        {
            return null;
        }

        return Results.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "API key required",
            detail: options.ApiKey is null
                ? "Writes are disabled: start the server with --api-key or CROSSCHECK_API_KEY."
                : $"Send the server's API key in the {ApiKeys.Header} header.");
    }

    private static async Task<(JsonElement Json, IResult? Error)> ReadJsonAsync(HttpContext context, CancellationToken ct)
    {
        if (!context.Request.HasJsonContentType())
        {
            return (default, Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type", detail: "Send application/json."));
        }

        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: ct);
            return (document.RootElement.Clone(), null);
        }
        catch (JsonException ex)
        {
            return (default, BadRequest("malformed JSON: " + ex.Message));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (default, Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large", detail: ex.Message));
        }
    }

    private static IResult BadRequest(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: detail);
}
