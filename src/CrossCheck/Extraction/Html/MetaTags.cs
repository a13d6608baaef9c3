using AngleSharp.Dom;

namespace CrossCheck.Extraction.Html;

/// <summary>The page's &lt;meta&gt; tags keyed by name, property, itemprop or http-equiv (lower case);
/// the first non-empty value of a key wins.</summary>
internal sealed class MetaTags
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public MetaTags(IDocument document)
    {
        foreach (var meta in document.QuerySelectorAll("meta").Take(2000))
        {
            var content = meta.GetAttribute("content")?.Trim();
            if (string.IsNullOrEmpty(content))
            {
                continue;
            }

            foreach (var attribute in (string[])["name", "property", "itemprop", "http-equiv"])
            {
                var key = meta.GetAttribute(attribute)?.Trim().ToLowerInvariant();
                if (!string.IsNullOrEmpty(key))
                {
                    _values.TryAdd(key, DomWalk.Collapse(System.Net.WebUtility.HtmlDecode(content)));
                }
            }
        }
    }

    public string? Get(string key) => _values.GetValueOrDefault(key);

    public string? First(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (_values.TryGetValue(key, out var value))
            {
                return value;
            }
        }

        return null;
    }
}
