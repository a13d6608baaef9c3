using CrossCheck.Catalog;
using CrossCheck.Dossiers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CrossCheck.Web.Api;

internal static class StoryEndpoints
{
    public static IEndpointRouteBuilder MapStoryApi(this IEndpointRouteBuilder app)
    {
        var stories = app.MapGroup("/api/stories").WithTags("Stories");
        stories.MapGet("/", async (string? q, IStoryCatalog catalog, CancellationToken ct) =>
                TypedResults.Ok(await catalog.ListStoriesAsync(q, ct)))
            .WithSummary("List stories, newest first; q searches words, entities and outlets.");
        stories.MapGet("/{id}", async (string id, IStoryCatalog catalog, CancellationToken ct) =>
                await catalog.GetStoryAsync(id, ct) is { } dossier
                    ? Results.Text(DossierJson.Serialize(dossier), "application/json; charset=utf-8")
                    : NotFound("story", id))
            .WithSummary("The dossier of one story (the dossier JSON contract, schema version 1).")
            .Produces<DossierDocument>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static IResult NotFound(string kind, string id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No such {kind}", detail: $"There is no {kind} with id '{id}'.");
}
