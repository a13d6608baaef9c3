using System.Text.RegularExpressions;

namespace CrossCheck.Extraction;

/// <summary>Recognises photo captions in plain text: a line that ends in a photo credit
/// ("EPA-EFE/GEORGI LICOVSKI", "AP Photo/Jane Doe", "Photo: X", "(Reuters)", "Getty Images", "REUTERS/Name").</summary>
internal static partial class PhotoCaptions
{
    public static bool IsCaption(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var trimmed = line.Trim();
        return trimmed.Length is > 0 and < 1500 && CreditAtEnd().IsMatch(trimmed);
    }

    [GeneratedRegex(
        @"(?:"
        + @"\b(?:EPA(?:-EFE)?|EFE|AFP|AP|ANSA|DPA|REUTERS|Reuters|XINHUA|Xinhua|TASS|ANP|PAP|Anadolu|SIPA|ABACA|BELGA|KEYSTONE|LUSA|ZUMA|Shutterstock|NurPhoto)(?:\s*Photo)?\s*/\s*[\p{L}][\p{L}\p{M} .'’-]{1,60}"
        + @"|\bAP\s+Photo\b(?:\s*/\s*[\p{L}][\p{L}\p{M} .'’-]{1,60})?"
        + @"|\b(?:Photo|Photograph|Picture|Image|Foto)s?(?:\s+(?:by|credit))?\s*:\s*[^\n]{1,80}"
        + @"|\((?:Reuters|AP|AFP|EPA|Getty Images|Photo[^)]{0,60})\)"
        + @"|\bGetty\s+Images(?:\s+for\s+[\p{L} ]{1,40})?"
        + @"|\b(?:Credit|Source)\s*:\s*[^\n]{1,60}(?:Photo|Images?|Reuters|AP|AFP|EPA)[^\n]{0,30}"
        + @")\s*[.)]?\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex CreditAtEnd();
}
