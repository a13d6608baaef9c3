using System.Globalization;
using CrossCheck.Analysis;
using CrossCheck.Analysis.Entities;
using CrossCheck.Analysis.Time;
using CrossCheck.Text;

namespace CrossCheck.Alignment;

/// <summary>Puts clock times on one time line. A time whose zone the text names ("0737 GMT", "7:37 a.m. EST") is
/// moved to UTC with that zone's offset; a time said to be "local time" is moved with the offset of the place
/// reported on (a place named in its sentence, else the article's first place with a known zone, usually the
/// dateline, else the first country it names by a demonym: "the Greek town of Varkos", else the place most of the
/// story's reports give), on that day (<see cref="PlaceZones"/>). Any other time stays a wall-clock time of an unknown zone,
/// which <see cref="TimexInterval"/> compares with other such times but never with a UTC time.</summary>
internal static class ClockTimes
{
    /// <summary>Tokens after a time within which "local" must come ("7:37 a.m. local time", "7:37 (local)").</summary>
    private const int LocalWordReach = 2;

    /// <summary>The key of a date: its value, or for a clock time with a known zone or place its value in UTC.
    /// <paramref name="storyZone"/> is the zone of the place the story reports on (<see cref="StoryZone"/>), used when
    /// the article itself does not say where its "local time" is.</summary>
    public static string Key(AnalysedArticle article, DateMention date, IReadOnlyList<EntityMention> sentenceMentions, string? storyZone = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(date);
        ArgumentNullException.ThrowIfNull(sentenceMentions);
        if (date.Granularity != DateGranularity.Time || !TryLocal(date.Value, out var local))
        {
            return date.Value;
        }

        var offset = date.UtcOffset;
        if (offset is null && SaysLocalTime(article, date.End)
            && (PlaceZone(sentenceMentions.OrderBy(m => Math.Abs(m.Start - date.Start))) ?? ArticleZone(article) ?? storyZone) is { } zone)
        {
            offset = PlaceZones.Default.OffsetIn(zone, local);
        }

        return offset is { } known ? TimexInterval.ToUtc(date.Value, known) : date.Value;
    }

    /// <summary>The zone of the place a story reports on: the zone most of its articles give their place (ties: the
    /// first), or null. A report that says "local time" without naming a place with a known zone takes it.</summary>
    public static string? StoryZone(IReadOnlyList<AnalysedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return articles.Select(ArticleZone).OfType<string>()
            .GroupBy(z => z, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault();
    }

    /// <summary>The zone of the article's first place with a known zone (usually the dateline), else of the first
    /// country it names by a demonym ("the Greek town of Varkos").</summary>
    public static string? ArticleZone(AnalysedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return PlaceZone(article.Mentions) ?? DemonymZone(article);
    }

    private static bool SaysLocalTime(AnalysedArticle article, int after)
    {
        var text = article.Article.Text;
        var tokens = article.Reading.Tokens.Within(after, Math.Min(text.Length, after + 40));
        var words = 0;
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Punctuation)
            {
                if (token.Text is "(" or ",")
                {
                    continue;
                }

                return false;
            }

            if (EventWords.LocalTime.Contains(token.Text.ToLowerInvariant()))
            {
                return true;
            }

            if (++words >= LocalWordReach)
            {
                return false;
            }
        }

        return false;
    }

    private static string? PlaceZone(IEnumerable<EntityMention> mentions)
    {
        foreach (var mention in mentions)
        {
            if (mention.Type == EntityType.Place && ZoneOf(mention.Text) is { } zone)
            {
                return zone;
            }
        }

        return null;
    }

    private static string? DemonymZone(AnalysedArticle article)
    {
        foreach (var token in article.Reading.Tokens.Within(0, article.Article.Text.Length))
        {
            if (token.Kind == TokenKind.Word && char.IsUpper(token.Text[0])
                && Gazetteer.Default.DemonymPlace(token.Text) is { } place && ZoneOf(place) is { } zone)
            {
                return zone;
            }
        }

        return null;
    }

    /// <summary>The zone of a place, trying the whole name and then shorter leading parts ("Aceh province" → "Aceh").</summary>
    private static string? ZoneOf(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = words.Length; n > 0; n--)
        {
            if (PlaceZones.Default.ZoneOf(string.Join(' ', words[..n])) is { } zone)
            {
                return zone;
            }
        }

        return null;
    }

    private static bool TryLocal(string value, out DateTime local) =>
        DateTime.TryParseExact(value.Length >= 16 ? value[..16] : value, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH"], CultureInfo.InvariantCulture, DateTimeStyles.None, out local);
}
