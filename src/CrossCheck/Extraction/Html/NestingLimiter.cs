using System.Text;

namespace CrossCheck.Extraction.Html;

/// <summary>Bounds tag nesting before the parser sees the page: the HTML tree builder does work in
/// proportion to the depth of open elements for every tag, so tens of thousands of unclosed elements
/// would take minutes. A light scan counts open minus closed tags; tags opened beyond
/// <see cref="MaxDepth"/> are dropped (their text stays). Ordinary pages are returned unchanged.</summary>
internal static class NestingLimiter
{
    public const int MaxDepth = 400;

    private static readonly HashSet<string> VoidTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "command", "basefont", "bgsound", "frame", "image", "isindex", "spacer", "nobr",
    };

    public static string Limit(string html)
    {
        if (!ExceedsLimit(html))
        {
            return html;
        }

        var builder = new StringBuilder(html.Length);
        var depth = 0;
        var dropped = 0;
        var copiedUpTo = 0;
        foreach (var tag in Tags(html))
        {
            if (tag.Closing)
            {
                if (dropped > 0)
                {
                    dropped--;
                    Skip(tag);
                }
                else if (depth > 0)
                {
                    depth--;
                }
            }
            else if (depth >= MaxDepth)
            {
                dropped++;
                Skip(tag);
            }
            else
            {
                depth++;
            }
        }

        builder.Append(html, copiedUpTo, html.Length - copiedUpTo);
        return builder.ToString();

        void Skip((int Start, int End, bool Closing) tag)
        {
            builder.Append(html, copiedUpTo, tag.Start - copiedUpTo);
            copiedUpTo = tag.End;
        }
    }

    private static bool ExceedsLimit(string html)
    {
        var depth = 0;
        foreach (var tag in Tags(html))
        {
            depth = tag.Closing ? Math.Max(0, depth - 1) : depth + 1;
            if (depth > MaxDepth)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Non-void, non-self-closing start and end tags, as (start, end-exclusive, closing).</summary>
    private static IEnumerable<(int Start, int End, bool Closing)> Tags(string html)
    {
        var i = 0;
        while (i < html.Length)
        {
            var open = html.IndexOf('<', i);
            if (open < 0 || open + 1 >= html.Length)
            {
                yield break;
            }

            var closing = html[open + 1] == '/';
            var nameStart = closing ? open + 2 : open + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                i = open + 1;
                continue;
            }

            var end = html.IndexOf('>', nameStart);
            if (end < 0)
            {
                yield break;
            }

            var nameEnd = nameStart;
            while (nameEnd < end && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            var name = html.AsSpan(nameStart, nameEnd - nameStart).ToString();
            i = end + 1;
            if (!VoidTags.Contains(name) && html[end - 1] != '/')
            {
                yield return (open, end + 1, closing);
            }
        }
    }
}
