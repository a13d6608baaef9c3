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

        var totalParagraphText = ParagraphTextLength(body);
        doomed.Clear();
        foreach (var element in DomWalk.Descendants(body))
        {
            if (element.LocalName is "article" or "main" || HasRemovedAncestor(element, doomed))
            {
                continue;
            }

            var words = ClassHints.Words(element);
            var furniture = ClassHints.HasBoilerplateRole(element) || ClassHints.IsBoilerplate(words);
            if (!furniture)
            {
                continue;
            }

            var share = totalParagraphText == 0 ? 0 : (double)ParagraphTextLength(element) / totalParagraphText;
            var isProtected = share >= ProtectedShare || (share >= ProtectedContentShare && ClassHints.IsContent(words));
            if (!isProtected)
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
