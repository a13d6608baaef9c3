using System.Text;
using System.Text.RegularExpressions;

namespace CrossCheck.Ingest.Decoding;

/// <summary>Finds a declared character set: an HTTP Content-Type parameter, an HTML <c>&lt;meta charset&gt;</c> or
/// <c>http-equiv</c> declaration, or an XML declaration's <c>encoding</c>, in the first bytes of a document.</summary>
internal static partial class CharsetSniffer
{
    private const int PrescanBytes = 4096;

    /// <summary>The charset parameter of a Content-Type header value, e.g. <c>text/html; charset=ISO-8859-1</c>.</summary>
    public static string? FromContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }

        var match = ContentTypeCharset().Match(contentType);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>The charset an HTML page or XML document declares about itself in its first 4 KB.</summary>
    public static string? FromMarkup(ReadOnlySpan<byte> data)
    {
        var head = Encoding.Latin1.GetString(data.Length > PrescanBytes ? data[..PrescanBytes] : data);
        var xml = XmlDeclaration().Match(head);
        if (xml.Success)
        {
            return xml.Groups[1].Value;
        }

        var meta = MetaCharset().Match(head);
        return meta.Success ? meta.Groups[1].Value : null;
    }

    [GeneratedRegex("""charset\s*=\s*["']?([A-Za-z0-9_.:\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContentTypeCharset();

    [GeneratedRegex("""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)["']""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
