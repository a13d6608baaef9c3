namespace CrossCheck.Ingest.Web;

/// <summary>Readable document ids for fetched pages: the last path segment without extension, else the host.</summary>
internal static class UrlIds
{
    public static string FromUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var segment = url.Segments.Select(s => s.Trim('/')).LastOrDefault(s => s.Length > 0);
        var id = segment is null ? url.Host : Path.GetFileNameWithoutExtension(Uri.UnescapeDataString(segment));
        return id.Length > 0 ? id : url.Host;
    }
}
