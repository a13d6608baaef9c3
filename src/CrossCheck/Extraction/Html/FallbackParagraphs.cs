using AngleSharp.Dom;

namespace CrossCheck.Extraction.Html;

/// <summary>The whole-page fallback (jusText-like): every &lt;p&gt;-level block of the cleaned page that reads
/// as prose — long enough, few links. Used when the scored container misses most of the page's prose,
/// as happens when an article is split across sibling wrappers.</summary>
internal static class FallbackParagraphs
{
    /// <summary>The main container's text must reach this share of the fallback's, or the fallback wins.</summary>
    public const double MinShareOfFallback = 0.5;

    private const int MinProseLength = 60;

    public static IReadOnlyList<string> Collect(IElement body)
    {
        var paragraphs = new List<string>();
        foreach (var element in DomWalk.Descendants(body))
        {
            if (element.LocalName is not ("p" or "pre" or "blockquote") || HasProseAncestor(element))
            {
                continue;
            }

            var (total, linked) = DomWalk.TextLengths(element);
            if (total >= MinProseLength && linked < total * 0.3)
            {
                paragraphs.Add(DomWalk.Text(element));
            }
        }

        return paragraphs;
    }

    private static bool HasProseAncestor(IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.LocalName is "p" or "blockquote" or "pre")
            {
                return true;
            }
        }

        return false;
    }
}
