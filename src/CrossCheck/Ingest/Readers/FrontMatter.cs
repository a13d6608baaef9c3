namespace CrossCheck.Ingest.Readers;

/// <summary>A <c>---</c> fenced block of <c>key: value</c> lines at the top of a text file.</summary>
internal sealed record FrontMatter(IReadOnlyDictionary<string, string> Fields, string Body)
{
    private const int MaxLines = 60;

    /// <summary>Splits off a front-matter block when the text starts with one; otherwise no fields and the whole text.</summary>
    public static FrontMatter Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var empty = new FrontMatter(new Dictionary<string, string>(StringComparer.Ordinal), text);
        var position = 0;
        if (!TryReadLine(text, ref position, out var first) || first.Trim() != "---")
        {
            return empty;
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var count = 0; count < MaxLines && TryReadLine(text, ref position, out var line); count++)
        {
            var trimmed = line.Trim();
            if (trimmed is "---" or "...")
            {
                return new FrontMatter(fields, text[position..]);
            }

            var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                if (trimmed.Length == 0 || trimmed.StartsWith('#'))
                {
                    continue;
                }

                return empty;
            }

            var key = trimmed[..colon].Trim().ToLowerInvariant();
            var value = Unquote(trimmed[(colon + 1)..].Trim());
            if (value.Length > 0)
            {
                fields[key] = value;
            }
        }

        return empty;
    }

    public string? Get(string key) => Fields.TryGetValue(key, out var value) ? value : null;

    private static bool TryReadLine(string text, ref int position, out string line)
    {
        if (position >= text.Length)
        {
            line = string.Empty;
            return false;
        }

        var end = text.IndexOf('\n', position);
        var next = end < 0 ? text.Length : end + 1;
        line = text[position..(end < 0 ? text.Length : end)].TrimEnd('\r');
        position = next;
        return true;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;
}
