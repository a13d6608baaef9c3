using System.Globalization;
using CrossCheck.Analysis;
using CrossCheck.Analysis.Entities;
using CrossCheck.Analysis.Time;
using CrossCheck.Text;

namespace CrossCheck.Alignment;

/// <summary>Puts clock times on one time line. A time whose zone the text names ("0737 GMT", "7:37 a.m. EST") is
/// moved to UTC with that zone's offset; a time said to be "local time" is moved with the offset of the place
/// reported on (a place named in its sentence, else the article's first place with a known zone, usually the
/// dateline), on that day (<see cref="PlaceZones"/>). Any other time stays a wall-clock time of an unknown zone,
/// which <see cref="TimexInterval"/> compares with other such times but never with a UTC time.</summary>
internal static class ClockTimes
{
    /// <summary>Tokens after a time within which "local" must come ("7:37 a.m. local time", "7:37 (local)").</summary>
    private const int LocalWordReach = 2;

    public static string Key(AnalysedArticle article, DateMention date, IReadOnlyList<EntityMention> sentenceMentions)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(date);
        ArgumentNullException.ThrowIfNull(sentenceMentions);
        if (date.Granularity != DateGranularity.Time || !TryLocal(date.Value, out var local))
        {
            return date.Value;
        }

        var offset = date.UtcOffset;
        if (offset is null && SaysLocalTime(article, date.End))
        {
            offset = PlaceOffset(sentenceMentions.OrderBy(m => Math.Abs(m.Start - date.Start)), local)
                ?? PlaceOffset(article.Mentions, local);
        }

        return offset is { } known ? TimexInterval.ToUtc(date.Value, known) : date.Value;
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

    private static TimeSpan? PlaceOffset(IEnumerable<EntityMention> mentions, DateTime local)
    {
        foreach (var mention in mentions)
        {
            if (mention.Type == EntityType.Place && OffsetOf(mention.Text, local) is { } offset)
            {
                return offset;
            }
        }

        return null;
    }

    /// <summary>The place's offset, trying the whole name and then shorter leading parts ("Aceh province" → "Aceh").</summary>
    private static TimeSpan? OffsetOf(string name, DateTime local)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = words.Length; n > 0; n--)
        {
            if (PlaceZones.Default.OffsetAt(string.Join(' ', words[..n]), local) is { } offset)
            {
                return offset;
            }
        }

        return null;
    }

    private static bool TryLocal(string value, out DateTime local) =>
        DateTime.TryParseExact(value.Length >= 16 ? value[..16] : value, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH"], CultureInfo.InvariantCulture, DateTimeStyles.None, out local);
}
