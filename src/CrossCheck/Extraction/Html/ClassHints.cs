using AngleSharp.Dom;

namespace CrossCheck.Extraction.Html;

/// <summary>What an element's class, id and role say about it (Readability-style hints), matched on
/// whole words of the attribute ("related-links" → related, links; "shareBar" → share, bar).</summary>
internal static class ClassHints
{
    /// <summary>Words that mark page furniture: navigation, ads, sharing, comments, promos, banners.</summary>
    private static readonly HashSet<string> Boilerplate = new(StringComparer.Ordinal)
    {
        "ad", "ads", "adv", "advert", "advertisement", "advertising", "adslot", "adunit", "dfp", "sponsor", "sponsored",
        "banner", "breadcrumb", "breadcrumbs", "nav", "navbar", "navigation", "menu", "menubar", "masthead",
        "sidebar", "sidebars", "rail", "widget", "widgets", "footer", "copyright",
        "comment", "comments", "disqus", "discussion", "replies", "respond",
        "share", "sharing", "sharebar", "social", "socials", "facebook", "twitter", "whatsapp", "pinterest",
        "related", "recommended", "recommendations", "recirc", "trending", "popular", "most", "more", "readmore", "outbrain", "taboola",
        "promo", "promotion", "newsletter", "subscribe", "subscription", "signup", "paywall", "registration",
        "cookie", "cookies", "consent", "gdpr", "privacy", "popup", "modal", "overlay", "toolbar", "skip",
        "tags", "tag", "topics", "byline", "author", "dateline", "timestamp", "meta", "caption", "credit", "credits",
        "print", "offscreen", "sr", "visually", "pagination", "pager", "prev", "next",
    };

    /// <summary>Furniture words that name a position or an action ("more", "next") rather than a region of the
    /// page: a "more" block is a link list on one page and the rest of the post ("read more" continuation) on another.</summary>
    private static readonly HashSet<string> WeakBoilerplate = new(StringComparer.Ordinal)
    {
        "more", "most", "next", "prev", "print",
    };

    /// <summary>Words that mark the article itself.</summary>
    private static readonly HashSet<string> Content = new(StringComparer.Ordinal)
    {
        "article", "articlebody", "body", "content", "entry", "main", "post", "story", "storybody", "text", "blog",
        "prose", "richtext", "paragraph",
    };

    private static readonly HashSet<string> BoilerplateRoles = new(StringComparer.Ordinal)
    {
        "navigation", "complementary", "banner", "contentinfo", "dialog", "alertdialog", "search", "menu",
        "menubar", "toolbar",
    };

    public static IReadOnlyList<string> Words(IElement element)
    {
        var words = new List<string>();
        Split(element.GetAttribute("class"), words);
        Split(element.Id, words);
        return words;
    }

    public static bool HasBoilerplateRole(IElement element) =>
        element.GetAttribute("role") is { } role && BoilerplateRoles.Contains(role.Trim().ToLowerInvariant());

    public static bool IsBoilerplate(IReadOnlyList<string> words) => words.Any(Boilerplate.Contains);

    /// <summary>Whether every furniture word of the element is a weak one.</summary>
    public static bool HasOnlyWeakBoilerplate(IReadOnlyList<string> words) =>
        words.Where(Boilerplate.Contains).All(WeakBoilerplate.Contains);

    public static bool IsContent(IReadOnlyList<string> words) => words.Any(Content.Contains);

    /// <summary>Readability's class weight: +25 for content words, -25 for furniture words.</summary>
    public static int Weight(IElement element)
    {
        var words = Words(element);
        var weight = 0;
        if (IsContent(words))
        {
            weight += 25;
        }

        if (IsBoilerplate(words))
        {
            weight -= 25;
        }

        // schema.org microdata names the article body outright.
        if (element.GetAttribute("itemprop")?.Contains("articleBody", StringComparison.OrdinalIgnoreCase) == true)
        {
            weight += 50;
        }

        return weight;
    }

    private static void Split(string? value, List<string> words)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 2000)
        {
            return;
        }

        var start = -1;
        for (var i = 0; i <= value.Length; i++)
        {
            var boundary = i == value.Length || !char.IsLetter(value[i])
                || (i > 0 && char.IsUpper(value[i]) && char.IsLower(value[i - 1]));
            if (boundary)
            {
                if (start >= 0)
                {
                    words.Add(value[start..i].ToLowerInvariant());
                }

                start = i < value.Length && char.IsLetter(value[i]) ? i : -1;
            }
            else if (start < 0)
            {
                start = i;
            }
        }
    }
}
