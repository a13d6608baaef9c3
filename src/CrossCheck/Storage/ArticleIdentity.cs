using System.IO.Hashing;
using System.Text;
using CrossCheck.Ingest;

namespace CrossCheck.Storage;

/// <summary>The two keys of a stored article: its canonical URL (when known) and a hash of its content.</summary>
public sealed record ArticleIdentity(string? CanonicalUrl, string ContentHash)
{
    /// <summary>The store key: the canonical URL, else the content hash (an article without a URL has no revisions).</summary>
    public string Key => CanonicalUrl ?? "sha:" + ContentHash;

    public static ArticleIdentity Of(RawDocument document, Article article)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(article);
        var url = UrlCanonicalizer.Canonicalize(article.Url) ?? UrlCanonicalizer.Canonicalize(document.Metadata.Url);
        return new ArticleIdentity(url, Hash(article.Outlet ?? document.Metadata.Outlet, article.Title, article.Text));
    }

    /// <summary>XxHash128 of outlet, title and text with whitespace collapsed, so re-fetching the same article
    /// through different page chrome or line wrapping gives the same hash, while a verbatim wire copy published
    /// by another outlet stays a separate article (it is evidence of a rewrite, not a duplicate).</summary>
    public static string Hash(string? outlet, string title, string text)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(title.Length + text.Length + 64);
        AppendCollapsed(builder, (outlet ?? string.Empty).ToLowerInvariant());
        builder.Append('\n');
        AppendCollapsed(builder, title);
        builder.Append('\n');
        AppendCollapsed(builder, text);
        var hash = XxHash128.Hash(Encoding.UTF8.GetBytes(builder.ToString()));
        return Convert.ToHexStringLower(hash);
    }

    private static void AppendCollapsed(StringBuilder builder, string value)
    {
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
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
