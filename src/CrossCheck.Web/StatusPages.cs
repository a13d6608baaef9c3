using System.Net;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace CrossCheck.Web;

/// <summary>Bodies for error status codes without one: RFC 9457 problem details under /api and for
/// clients that accept JSON, a small HTML page for people otherwise.</summary>
internal static class StatusPages
{
    public static async Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var title = ReasonOf(status);
        if (http.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal) || http.Request.Path.StartsWithSegments("/openapi", StringComparison.Ordinal))
        {
            await Results.Problem(statusCode: status, title: title).ExecuteAsync(http);
            return;
        }

        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync($"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{status} {WebUtility.HtmlEncode(title)} · CrossCheck</title><link rel="stylesheet" href="/assets/site.css"></head>
            <body><main><h1>{status} · {WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(Explain(status))}</p><p><a href="/">Back to the stories</a></p></main></body></html>
            """);
    }

    private static string ReasonOf(int status) => status switch
    {
        StatusCodes.Status404NotFound => "Not found",
        StatusCodes.Status400BadRequest => "Bad request",
        StatusCodes.Status401Unauthorized => "Unauthorized",
        StatusCodes.Status403Forbidden => "Forbidden",
        StatusCodes.Status405MethodNotAllowed => "Method not allowed",
        StatusCodes.Status413PayloadTooLarge => "Request too large",
        StatusCodes.Status415UnsupportedMediaType => "Unsupported media type",
        _ => "Error",
    };

    private static string Explain(int status) => status switch
    {
        StatusCodes.Status404NotFound => "There is no story or article at this address.",
        StatusCodes.Status413PayloadTooLarge => "The request is larger than this server accepts.",
        _ => "The request could not be completed.",
    };
}
