namespace CrossCheck.Text.Dates;

/// <summary>The parts every dialect of the date-string parser shares: calendar and year-range validation, zone
/// names and numeric UTC offsets, Unix time and month names. Zone and month names come from the language
/// module (<see cref="TimeWords"/>).</summary>
internal static class DateParts
{
    public const int MinYear = 1900;

    /// <summary>The latest year a page date may have (<see cref="DateDialect.Page"/>, text dates).</summary>
    public const int PageMaxYear = 2200;

    /// <summary>The latest year a metadata date may have (<see cref="DateDialect.Metadata"/>).</summary>
    public const int MetadataMaxYear = 2100;

    /// <summary>The calendar day, or null when the parts do not form one or the year is outside
    /// <see cref="MinYear"/>..<paramref name="maxYear"/>.</summary>
    public static DateOnly? Day(int year, int month, int day, int maxYear) =>
        year < MinYear || year > maxYear || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            ? null
            : new DateOnly(year, month, day);

    /// <summary>Builds a date from parts, or null when they do not form a real calendar date; the offset is kept
    /// only with a time.</summary>
    public static PublicationDate? Create(int year, int month, int day, TimeOnly? time = null, TimeSpan? offset = null, int maxYear = PageMaxYear) =>
        Day(year, month, day, maxYear) is { } date ? new PublicationDate(date, time, time is null ? null : offset) : null;

    /// <summary>The date and UTC time of an instant, as Unix time gives it.</summary>
    public static PublicationDate FromInstant(DateTimeOffset instant) =>
        new(DateOnly.FromDateTime(instant.UtcDateTime), TimeOnly.FromDateTime(instant.UtcDateTime), TimeSpan.Zero);

    /// <summary>The hour of the 24-hour clock for a 12-hour one ("12 a.m." is 0, "12 p.m." is 12); an hour above 12
    /// keeps its value in the morning and goes past 23 in the afternoon, so the caller's range check rejects it.</summary>
    public static int TwentyFourHour(int hour, bool pm) => hour > 12 ? (pm ? hour + 12 : hour) : (hour % 12) + (pm ? 12 : 0);

    /// <summary>1..12 for a month name or abbreviation, 0 when not a month.</summary>
    public static int Month(string name) => TimeWords.Month(name);

    /// <summary>The offset of a zone name ("GMT", "EST", RFC 822's "UT") or of a numeric offset ("+01:00",
    /// "-0500", "+05"); null when unknown. <paramref name="anyScriptDigits"/> reads digits of every script, as a
    /// <c>\d</c> pattern matched them (else only ASCII digits count and minutes that are not two ASCII digits
    /// read as zero); <paramref name="withinFourteenHours"/> rejects offsets beyond ±14:59.</summary>
    public static TimeSpan? Offset(string zone, bool anyScriptDigits, bool withinFourteenHours)
    {
        if (string.IsNullOrEmpty(zone))
        {
            return null;
        }

        if (zone[0] is not ('+' or '-'))
        {
            return zone == "UT" ? TimeSpan.Zero : TimeWords.Zone(zone);
        }

        var digits = zone[1..].Replace(":", string.Empty, StringComparison.Ordinal);
        int hours, minutes;
        if (anyScriptDigits)
        {
            hours = DecimalDigits.Parse(digits.AsSpan(0, 2));
            minutes = DecimalDigits.Parse(digits.AsSpan(2));
        }
        else
        {
            if (digits.Length < 2 || !char.IsAsciiDigit(digits[0]) || !char.IsAsciiDigit(digits[1]))
            {
                return null;
            }

            hours = DecimalDigits.Parse(digits.AsSpan(0, 2));
            minutes = digits.Length >= 4 && char.IsAsciiDigit(digits[2]) && char.IsAsciiDigit(digits[3]) ? DecimalDigits.Parse(digits.AsSpan(2, 2)) : 0;
        }

        if (withinFourteenHours && (hours > 14 || minutes > 59))
        {
            return null;
        }

        var span = new TimeSpan(hours, minutes, 0);
        return zone[0] == '-' ? -span : span;
    }
}
