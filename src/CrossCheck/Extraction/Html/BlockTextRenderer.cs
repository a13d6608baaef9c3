using System.Text;
using AngleSharp.Dom;

namespace CrossCheck.Extraction.Html;

/// <summary>Turns content elements into paragraphs: one paragraph per block (headings on their own),
/// whitespace collapsed. Inside the content it prunes what is mostly links (related-story lists,
/// "read more" lines) the way trafilatura prunes its main tree.</summary>
internal sealed class BlockTextRenderer
{
    private readonly List<string> _paragraphs = [];
    private readonly StringBuilder _current = new();

    public static IReadOnlyList<string> Render(IEnumerable<IElement> elements)
    {
        var renderer = new BlockTextRenderer();
        foreach (var element in elements)
        {
            renderer.VisitElement(element, 0);
            renderer.Flush();
        }

        return renderer._paragraphs;
    }

    private void Visit(INode node, int depth)
    {
        if (depth > DomWalk.MaxDepth)
        {
            return;
        }

        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                _current.Append(text.Data);
            }
            else if (child is IElement element)
            {
                VisitElement(element, depth + 1);
            }
        }
    }

    private void VisitElement(IElement element, int depth)
    {
        var name = element.LocalName;
        if (name == "br")
        {
            Flush();
            return;
        }

        if (!HtmlTags.IsBlock(name))
        {
            Visit(element, depth);
            return;
        }

        if (IsLinkList(element))
        {
            return;
        }

        Flush();
        Visit(element, depth);
        Flush();
    }

    /// <summary>A block that is mostly link text: navigation, related stories, tag lists.</summary>
    private static bool IsLinkList(IElement element)
    {
        var (total, linked) = DomWalk.TextLengths(element);
        if (total == 0 || linked == 0)
        {
            return false;
        }

        var density = (double)linked / total;
        return element.LocalName switch
        {
            "p" or "blockquote" or "pre" => density > 0.8 && total < 200,
            "li" or "td" or "dd" or "dt" => density > 0.8 && total < 120,
            _ when HtmlTags.IsHeading(element.LocalName) => density > 0.8,
            _ => density > 0.5,
        };
    }

    private void Flush()
    {
        if (_current.Length == 0)
        {
            return;
        }

        var text = DomWalk.Collapse(_current.ToString());
        _current.Clear();
        if (text.Length > 0)
        {
            _paragraphs.Add(text);
        }
    }
}
