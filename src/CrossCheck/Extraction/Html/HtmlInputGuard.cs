namespace CrossCheck.Extraction.Html;

/// <summary>Screens HTML input before parsing: rejects empty, binary and markup-free content with a reason,
/// and caps the size handed to the parser so a huge page cannot exhaust time or memory.</summary>
internal static class HtmlInputGuard
{
    public const int MaxChars = 4_000_000;
    private const int SampleChars = 8192;

    public static string? Problem(string content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return "empty document";
        }

        var sample = content.AsSpan(0, Math.Min(content.Length, SampleChars));
        var control = 0;
        foreach (var c in sample)
        {
            if (c == '\0' || (char.IsControl(c) && c is not '\n' and not '\r' and not '\t' and not '\f') || c == '\uFFFD')
            {
                control++;
            }
        }

        if (control > sample.Length / 20)
        {
            return "binary content, not HTML";
        }

        return HasMarkup(content) ? null : "not HTML: no markup found";
    }

    public static string Capped(string content) => content.Length <= MaxChars ? content : content[..MaxChars];

    private static bool HasMarkup(string content)
    {
        var limit = Math.Min(content.Length - 1, 200_000);
        for (var i = 0; i < limit; i++)
        {
            if (content[i] == '<' && (char.IsAsciiLetter(content[i + 1]) || content[i + 1] is '!' or '/'))
            {
                return true;
            }
        }

        return false;
    }
}
