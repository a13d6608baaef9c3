using AngleSharp.Dom;

namespace CrossCheck.Extraction.Html;

/// <summary>Prose as jusText sees it: &lt;p&gt;-level blocks long enough to be sentences and poor in links.</summary>
internal static class Prose
{
    private const int MinLength = 60;
    private const double MaxLinkDensity = 0.3;

    public static bool IsProseBlock(IElement element, out int length)
    {
        length = 0;
        if (element.LocalName is not ("p" or "pre" or "blockquote") || HasProseAncestor(element))
        {
            return false;
        }

        var (total, linked) = DomWalk.TextLengths(element);
        length = total;
        return total >= MinLength && linked < total * MaxLinkDensity;
    }

    /// <summary>Total length of the prose blocks under <paramref name="root"/>.</summary>
    public static int Length(IElement root)
    {
        var sum = 0;
        foreach (var element in DomWalk.Descendants(root))
        {
            if (IsProseBlock(element, out var length))
            {
                sum += length;
            }
        }

        return sum;
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
