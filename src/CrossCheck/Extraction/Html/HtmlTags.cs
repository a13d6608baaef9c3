namespace CrossCheck.Extraction.Html;

/// <summary>Tag classes the extractor reasons about.</summary>
internal static class HtmlTags
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
        "td", "tfoot", "th", "thead", "tr", "ul", "caption",
    };

    /// <summary>Never content: removed before anything else looks at the page.</summary>
    private static readonly HashSet<string> NonContentTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "video",
        "audio", "picture", "source", "img", "map", "button", "input", "select", "textarea", "option", "label",
        "link", "meta", "head", "title", "nav", "aside", "footer", "dialog", "figcaption", "math", "applet",
    };

    public static bool IsBlock(string localName) => BlockTags.Contains(localName);

    public static bool IsNonContent(string localName) => NonContentTags.Contains(localName);

    public static bool IsHeading(string localName) =>
        localName.Length == 2 && localName[0] == 'h' && localName[1] is >= '1' and <= '6';
}
