namespace CrossCheck.Ingest.Readers;

/// <summary>Default document ids: the file name without its extension(s).</summary>
internal static class DocumentIds
{
    private static readonly string[] CompressionSuffixes = [".gz"];

    public static string FromPath(string path)
    {
        var name = Path.GetFileName(path);
        foreach (var suffix in CompressionSuffixes)
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^suffix.Length];
            }
        }

        var withoutExtension = Path.GetFileNameWithoutExtension(name);
        return withoutExtension.Length > 0 ? withoutExtension : name;
    }
}
