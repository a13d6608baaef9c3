using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CrossCheck.Web.Security;

/// <summary>Refuses request bodies over the configured size with 413 before anything reads them.
/// Kestrel enforces the same limit on chunked bodies while they are read.</summary>
internal sealed class RequestSizeLimitMiddleware(RequestDelegate next, WebOptions options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = options.MaxRequestBytes;
        }

        if (context.Request.ContentLength > options.MaxRequestBytes)
        {
            await Results.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Request too large",
                detail: $"Request bodies are limited to {options.MaxRequestBytes} bytes.").ExecuteAsync(context);
            return;
        }

        await next(context);
    }
}
