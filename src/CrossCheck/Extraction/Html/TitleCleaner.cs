namespace CrossCheck.Extraction.Html;

/// <summary>Strips a site name from a page title: "Headline | Outlet", "Outlet - Headline".</summary>
internal static class TitleCleaner
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » "];

    public static string Clean(string title, string? outlet, string? host)
    {
        foreach (var separator in Separators)
        {
            var index = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (index > 0 && IsSiteName(title[(index + separator.Length)..], outlet, host))
            {
                return Clean(title[..index].Trim(), outlet, host);
            }

            index = title.IndexOf(separator, StringComparison.Ordinal);
            if (index > 0 && IsSiteName(title[..index], outlet, host))
            {
                return Clean(title[(index + separator.Length)..].Trim(), outlet, host);
            }
        }

        return title.Trim();
    }

    /// <summary>A title part is a site name when it matches the outlet or host, or is short (at most four
    /// words) where the rest of the title is a full headline.</summary>
    private static bool IsSiteName(string part, string? outlet, string? host)
    {
        var candidate = Squash(part);
        if (candidate.Length == 0 || part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 5)
        {
            return false;
        }

        var site = outlet is null ? string.Empty : Squash(outlet);
        if (site.Length > 0 && (site.Contains(candidate, StringComparison.Ordinal) || candidate.Contains(site, StringComparison.Ordinal)))
        {
            return true;
        }

        return host is not null && candidate.Length >= 3 && Squash(host).Contains(candidate, StringComparison.Ordinal);
    }

    private static string Squash(string text) =>
        new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
