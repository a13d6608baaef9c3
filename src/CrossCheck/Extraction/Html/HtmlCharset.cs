using System.Text;
using System.Text.RegularExpressions;

namespace CrossCheck.Extraction.Html;

/// <summary>Decodes HTML bytes: byte-order mark first, then a &lt;meta charset&gt; in the first bytes,
/// then UTF-8 when the bytes are valid UTF-8, else Windows-1252.</summary>
internal static partial class HtmlCharset
{
    private const int SniffBytes = 4096;

    static HtmlCharset() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var fromBom = FromByteOrderMark(bytes, out var bomLength);
        if (fromBom is not null)
        {
            return fromBom.GetString(bytes, bomLength, bytes.Length - bomLength);
        }

        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, SniffBytes));
        var declared = MetaCharset().Match(head);
        if (declared.Success && TryGetEncoding(declared.Groups["name"].Value) is { } encoding && encoding.CodePage != Encoding.UTF8.CodePage)
        {
            return encoding.GetString(bytes);
        }

        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    private static Encoding? FromByteOrderMark(byte[] bytes, out int length)
    {
        (Encoding? encoding, length) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            _ => ((Encoding?)null, 0),
        };
        return encoding;
    }

    private static Encoding? TryGetEncoding(string name)
    {
        try
        {
            return Encoding.GetEncoding(name.Trim());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<name>[A-Za-z0-9_.:-]{2,40})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
