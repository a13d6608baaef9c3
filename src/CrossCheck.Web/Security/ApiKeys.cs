using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace CrossCheck.Web.Security;

/// <summary>Checks the API key a request presents, in constant time.</summary>
internal static class ApiKeys
{
    public const string Header = "X-Api-Key";

    public static bool IsValid(WebOptions options, string? presented)
    {
        if (options.ApiKey is null || presented is null)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(options.ApiKey), Encoding.UTF8.GetBytes(presented));
    }

    public static bool IsValid(WebOptions options, HttpContext context) =>
        IsValid(options, context.Request.Headers[Header].FirstOrDefault());
}
