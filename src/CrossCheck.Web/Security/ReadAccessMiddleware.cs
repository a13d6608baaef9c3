using Microsoft.AspNetCore.Http;

namespace CrossCheck.Web.Security;

/// <summary>When reads are configured to need the key, API reads without a valid X-Api-Key get 401.</summary>
internal sealed class ReadAccessMiddleware(RequestDelegate next, WebOptions options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (options.ReadsRequireKey
            && context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal)
            && HttpMethods.IsGet(context.Request.Method)
            && !ApiKeys.IsValid(options, context))
        {
            await Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "API key required",
                detail: $"This server requires the {ApiKeys.Header} header for reads.").ExecuteAsync(context);
            return;
        }

        await next(context);
    }
}
