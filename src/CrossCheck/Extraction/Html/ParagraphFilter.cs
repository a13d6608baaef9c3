using CrossCheck.Text.Dates;

namespace CrossCheck.Extraction.Html;

/// <summary>Drops paragraphs that are page furniture rather than article text: the headline repeated,
/// the byline, bare dates, and short stock phrases ("Advertisement", "Read more", "Share this article").</summary>
internal static class ParagraphFilter
{
    private static readonly string[] StockPhrases =
    [
        "advertisement", "advertisment", "advert", "adverts", "advertising", "ad", "thisslideshowrequiresjavascript", "javascriptisrequired", "sponsored", "sponsoredcontent", "storycontinuesbelow", "storycontinuesbelowadvertisement",
        "continuereading", "continuereadingbelow", "readmore", "readmorebelow", "readnext", "readalso", "seealso", "relatedarticles", "related",
        "relatedcoverage", "relatedstories", "relatedcontent", "share", "sharethis", "sharethisarticle", "sharethisstory", "sharethispage",
        "shareonfacebook", "shareontwitter", "tweet", "email", "print", "comments", "comment", "leaveacomment", "signup", "subscribe",
        "subscribenow", "clickhere", "followus", "skiptocontent", "skiptomaincontent", "backtotop", "loading", "photo", "video",
        "watch", "listen", "listentothisarticle", "image", "getty", "gettyimages", "close", "menu", "search", "copylink", "linkcopied",
        "toggle", "expand", "opensinnewwindow", "whatsapp", "facebook", "twitter", "linkedin", "reddit", "pinterest",
    ];

    private static readonly HashSet<string> Stock = new(StockPhrases, StringComparer.Ordinal);

    public static List<string> Apply(IReadOnlyList<string> paragraphs, string? title, string? byline)
    {
        var titleKey = title is null ? null : Squash(title);
        var bylineKey = byline is null ? null : Squash(byline);
        var kept = new List<string>(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            var key = Squash(paragraph);
            if (key.Length == 0 || Stock.Contains(key) || key == titleKey || IsByline(key, bylineKey) || IsBareDate(paragraph))
            {
                continue;
            }

            kept.Add(paragraph);
        }

        return kept;
    }

    private static bool IsByline(string key, string? bylineKey) =>
        bylineKey is { Length: > 0 } && key.Length < bylineKey.Length + 12 && key.Contains(bylineKey, StringComparison.Ordinal);

    private static bool IsBareDate(string paragraph) =>
        paragraph.Length < 80 && DateStringParser.FindAll(paragraph).FirstOrDefault() is { Date: not null } hit
        && paragraph.Count(char.IsLetter) < 28 && hit.Index < 30 && !paragraph.EndsWith('.');

    internal static string Squash(string text) =>
        new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
