using System.Text;
using AngleSharp.Dom;
using CrossCheck.Text;

namespace CrossCheck.Extraction.Html;

/// <summary>Depth-capped DOM helpers. Every walk stops at <see cref="MaxDepth"/> so hostile nesting
/// cannot exhaust the stack; text is gathered with whitespace collapsed.</summary>
internal static class DomWalk
{
    public const int MaxDepth = 512;

    /// <summary>The element's visible text with runs of whitespace collapsed to one space, trimmed.</summary>
    public static string Text(IElement element)
    {
        var builder = new StringBuilder();
        AppendText(element, builder, 0);
        return Collapse(builder.ToString());
    }

    /// <summary>Length of the element's text (whitespace collapsed), and the part of it inside links.</summary>
    public static (int Total, int Linked) TextLengths(IElement element)
    {
        var total = 0;
        var linked = 0;
        Measure(element, false, 0, ref total, ref linked);
        return (total, linked);
    }

    public static double LinkDensity(IElement element)
    {
        var (total, linked) = TextLengths(element);
        return total == 0 ? 0 : (double)linked / total;
    }

    /// <summary>Elements below <paramref name="root"/> in document order, at most <see cref="MaxDepth"/> deep.</summary>
    public static IEnumerable<IElement> Descendants(IElement root)
    {
        var stack = new Stack<(IElement Element, int Depth)>();
        PushChildren(stack, root, 1);

        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            yield return element;
            if (depth >= MaxDepth)
            {
                continue;
            }

            PushChildren(stack, element, depth + 1);
        }
    }

    /// <summary>Child elements through ChildNodes: AngleSharp's Children collection re-filters on every
    /// index, which is quadratic for an element with thousands of children.</summary>
    public static IEnumerable<IElement> ChildElements(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IElement element)
            {
                yield return element;
            }
        }
    }

    private static void PushChildren(Stack<(IElement Element, int Depth)> stack, IElement parent, int depth)
    {
        var children = parent.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            if (children[i] is IElement child)
            {
                stack.Push((child, depth));
            }
        }
    }

    public static string Collapse(string text) => Whitespace.Collapse(text, zeroWidthIsSpace: true);

    private static void AppendText(INode node, StringBuilder builder, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                builder.Append(text.Data);
            }
            else if (child is IElement element)
            {
                var blockLike = HtmlTags.IsBlock(element.LocalName) || element.LocalName == "br";
                if (blockLike)
                {
                    builder.Append(' ');
                }

                AppendText(element, builder, depth + 1);
                if (blockLike)
                {
                    builder.Append(' ');
                }
            }
        }
    }

    private static void Measure(INode node, bool inLink, int depth, ref int total, ref int linked)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                var length = CountVisible(text.Data);
                total += length;
                if (inLink)
                {
                    linked += length;
                }
            }
            else if (child is IElement element)
            {
                Measure(element, inLink || element.LocalName == "a", depth + 1, ref total, ref linked);
            }
        }
    }

    private static int CountVisible(string data)
    {
        var count = 0;
        foreach (var c in data)
        {
            if (!char.IsWhiteSpace(c))
            {
                count++;
            }
        }

        return count;
    }
}
