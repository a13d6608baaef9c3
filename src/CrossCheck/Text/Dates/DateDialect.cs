namespace CrossCheck.Text.Dates;

/// <summary>The named dialects of the one date-string parser. Each is a small set of switches over the shared
/// parts in <see cref="DateParts"/> (calendar and year-range check, zone names and numeric offsets, Unix time,
/// month names), chosen so that every caller reads exactly what it read before the parsers were merged.</summary>
internal enum DateDialect
{
    /// <summary>Date strings of web pages (meta tags, JSON-LD, <c>time</c> elements): the string must start with
    /// the date; ISO with <c>-</c>, <c>/</c> or <c>.</c>, compact <c>20191119</c>, 10- or 13-digit Unix time, then a
    /// lenient invariant-culture reading of free text; years 1900–2200; offsets of at most 14 hours.</summary>
    Page,

    /// <summary>Metadata and front matter (feeds, meta tags, "Published ..." lines): the whole string must be the
    /// date; ISO with <c>-</c>, RFC 1123/822, month-name forms with two-digit years, dd.mm.yyyy, unambiguous
    /// dd/mm/yyyy or mm/dd/yyyy, 9- to 13-digit Unix time from 1990; years 1900–2100; digits of any script.</summary>
    Metadata,
}
