using System.Globalization;

namespace CrossCheck;

/// <summary>Where an article's publication date came from.</summary>
public enum PublishedFrom
{
    /// <summary>No date could be established.</summary>
    None,

    /// <summary>Given by the input's metadata (front matter, JSONL, HTML meta tags).</summary>
    Metadata,

    /// <summary>Inferred from the article's own text (a dated caption or dateline).</summary>
    Text,

    /// <summary>Inferred from the other articles of the same story.</summary>
    Story,
}

/// <summary>A publication date, with the time of day and UTC offset when the source states them.</summary>
public sealed record PublicationDate(DateOnly Date, TimeOnly? Time = null, TimeSpan? Offset = null)
{
    /// <summary>ISO 8601: <c>2023-11-22</c>, <c>2023-11-22T10:15:00</c> or <c>2023-11-22T10:15:00+01:00</c>.</summary>
    public string ToIso()
    {
        var date = Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (Time is not { } time)
        {
            return date;
        }

        var text = date + "T" + time.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        if (Offset is { } offset)
        {
            text += offset == TimeSpan.Zero
                ? "Z"
                : (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
        }

        return text;
    }

    public override string ToString() => ToIso();
}

/// <summary>An extracted article: clean body text plus what is known about it.
/// All character offsets used by later stages are offsets into <see cref="Text"/>. <see cref="Captions"/>
/// holds photo captions found beside the body: kept out of the text (they are not the reporter's claims)
/// but used as evidence of the publication date. It lives in the root namespace because every stage and the
/// store share it: Storage keeps articles without depending on the Extraction stage.</summary>
public sealed record Article(
    string Id,
    string Source,
    string Title,
    string Text,
    string? Url = null,
    string? Outlet = null,
    string? Byline = null,
    string? Language = null,
    PublicationDate? Published = null,
    PublishedFrom PublishedFrom = PublishedFrom.None,
    IReadOnlyList<string>? Captions = null);
