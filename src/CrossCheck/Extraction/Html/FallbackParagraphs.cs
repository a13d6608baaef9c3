using AngleSharp.Dom;

namespace CrossCheck.Extraction.Html;

/// <summary>The whole-page fallback (jusText-like): every &lt;p&gt;-level block of the cleaned page that reads
/// as prose — long enough, few links. Used when the scored container misses most of the page's prose,
/// as happens when an article is split across sibling wrappers.</summary>
internal static class FallbackParagraphs
{
    /// <summary>The main container's text must reach this share of the fallback's, or the fallback wins.</summary>
    public const double MinShareOfFallback = 0.7;

    public static IReadOnlyList<string> Collect(IElement body) =>
        DomWalk.Descendants(body).Where(e => Prose.IsProseBlock(e, out _)).Select(DomWalk.Text).ToList();
}
