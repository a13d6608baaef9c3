using System.Text;

namespace CrossCheck.Text;

/// <summary>Runs of white space collapsed to one space, none at either end: the one implementation for page text
/// (where a zero-width space also separates words) and for the content fingerprint of stored articles.</summary>
internal static class Whitespace
{
    /// <summary><paramref name="text"/> with every run of white space (and, when <paramref name="zeroWidthIsSpace"/>,
    /// of U+200B) made one space, trimmed.</summary>
    public static string Collapse(string text, bool zeroWidthIsSpace = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        AppendCollapsed(builder, text, zeroWidthIsSpace);
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="text"/> collapsed as <see cref="Collapse"/> does, except that a leading run
    /// becomes one space when the builder already holds text (the stored-article fingerprint depends on exactly this).</summary>
    public static void AppendCollapsed(StringBuilder builder, string text, bool zeroWidthIsSpace = false)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(text);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || (zeroWidthIsSpace && c == '\u200b'))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }
    }
}
