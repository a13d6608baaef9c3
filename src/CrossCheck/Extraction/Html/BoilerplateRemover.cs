using AngleSharp.Dom;

namespace CrossCheck.Extraction.Html;

/// <summary>First pass over the page: drops what is never article text (scripts, navigation, hidden
/// elements, forms controls, captions) and furniture named by class, id or ARIA role (ads, share bars,
/// comments, related links, cookie banners), unless that element holds half the page's paragraph text
/// (a quarter if it is also named as content), which makes it the article's wrapper rather than furniture.</summary>
internal static class BoilerplateRemover
{
    private const double ProtectedShare = 0.5;
    private const double ProtectedContentShare = 0.25;
    private const double WeakNameMaxLinkDensity = 0.25;
    private const int WeakNameMinProse = 200;

    public static void Clean(IElement body)
    {
        var doomed = new List<IElement>();
        foreach (var element in DomWalk.Descendants(body))
        {
            if (IsAlwaysRemoved(element))
            {
                doomed.Add(element);
            }
        }

        Remove(doomed);

        // Pure furniture first (furniture words, no content word), judged against the whole page; then the
        // elements named both ways ("entry-author-x", "widget Blog", "hentry tag-y"), judged against the text
        // left once the pure furniture is gone, so comments or sidebars cannot outweigh the post they follow.
        // The second pass measures unlinked text rather than <p> text: posts written as <br>-separated
        // lines hold no <p> at all once the comments are gone.
        RemoveFurniture(body, mixed: false, ProtectedShare, ParagraphTextLength);
        RemoveFurniture(body, mixed: true, ProtectedContentShare, UnlinkedTextLength);
    }

    /// <summary>An element named only by weak furniture words ("more", "next") that reads as prose (long
    /// paragraphs, few links) is the article going on, not a link list.</summary>
    private static bool IsProseUnderWeakName(IElement element, IReadOnlyList<string> words) =>
        !ClassHints.HasBoilerplateRole(element) && ClassHints.HasOnlyWeakBoilerplate(words)
        && DomWalk.LinkDensity(element) < WeakNameMaxLinkDensity && Prose.Length(element) >= WeakNameMinProse;

    /// <summary>Length of the element's text outside links.</summary>
    public static int UnlinkedTextLength(IElement root)
    {
        var (total, linked) = DomWalk.TextLengths(root);
        return total - linked;
    }

    private static void RemoveFurniture(IElement body, bool mixed, double protectedShare, Func<IElement, int> measure)
    {
        var totalParagraphText = measure(body);
        var doomed = new List<IElement>();
        foreach (var element in DomWalk.Descendants(body))
        {
            if (element.LocalName is "article" or "main" || HasRemovedAncestor(element, doomed))
            {
                continue;
            }

            var words = ClassHints.Words(element);
            var furniture = ClassHints.HasBoilerplateRole(element) || ClassHints.IsBoilerplate(words);
            if (!furniture || ClassHints.IsContent(words) != mixed || IsProseUnderWeakName(element, words))
            {
                continue;
            }

            var share = totalParagraphText == 0 ? 0 : (double)measure(element) / totalParagraphText;
            if (share < protectedShare)
            {
                doomed.Add(element);
            }
        }

        Remove(doomed);
    }

    /// <summary>Total text length of the &lt;p&gt; elements under <paramref name="root"/>.</summary>
    public static int ParagraphTextLength(IElement root)
    {
        var length = 0;
        foreach (var element in DomWalk.Descendants(root))
        {
            if (element.LocalName == "p")
            {
                length += DomWalk.TextLengths(element).Total;
            }
        }

        return length;
    }

    private static bool IsAlwaysRemoved(IElement element)
    {
        if (HtmlTags.IsNonContent(element.LocalName))
        {
            return true;
        }

        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is not null && IsHiddenStyle(style))
        {
            return true;
        }

        return element.LocalName == "header" && DomWalk.TextLengths(element).Total < 400;
    }

    private static bool IsHiddenStyle(string style)
    {
        var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    private static bool HasRemovedAncestor(IElement element, List<IElement> doomed)
    {
        if (doomed.Count == 0)
        {
            return false;
        }

        var last = doomed[^1];
        return last.Contains(element);
    }

    private static void Remove(List<IElement> elements)
    {
        foreach (var element in elements)
        {
            if (element.Parent is not null)
            {
                element.Remove();
            }
        }
    }
}
