using System.Globalization;
using CrossCheck.Text.Dates;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CrossCheck.Tests.Text.Dates;

/// <summary>The dialects of the one date-string parser agree on the strings they both accept: ISO 8601 dates and
/// date-times, RFC 1123 and month-name forms with a zone, in years both allow. The seed is fixed (Replay), so a
/// failure reproduces.</summary>
public sealed class DateDialectPropertyTests
{
    private static readonly string[] Zones = ["GMT", "UTC", "EST", "PDT", "CEST", "+0100", "-05:00"];

    private static readonly string[] IsoZones = ["", "Z", "+01:00", "-0500", "+05"];

    private static Arbitrary<(DateOnly Date, TimeOnly Time, int Style, int Zone)> Moments() =>
        (from year in Gen.Choose(1900, 2099)
         from month in Gen.Choose(1, 12)
         from day in Gen.Choose(1, 28)
         from seconds in Gen.Choose(0, (24 * 3600) - 1)
         from style in Gen.Choose(0, 5)
         from zone in Gen.Choose(0, 99)
         select (new DateOnly(year, month, day), TimeOnly.FromTimeSpan(TimeSpan.FromSeconds(seconds)), style, zone)).ToArbitrary();

    private static string Format((DateOnly Date, TimeOnly Time, int Style, int Zone) m) => m.Style switch
    {
        0 => m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        1 => m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T" + m.Time.ToString("HH:mm:ss", CultureInfo.InvariantCulture) + IsoZones[m.Zone % IsoZones.Length],
        2 => m.Date.ToString("ddd, dd MMM yyyy", CultureInfo.InvariantCulture) + " " + m.Time.ToString("HH:mm:ss", CultureInfo.InvariantCulture) + " " + Zones[m.Zone % Zones.Length],
        3 => m.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        4 => m.Date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture) + " " + m.Time.ToString("h:mm tt", CultureInfo.InvariantCulture) + " " + Zones[m.Zone % Zones.Length],
        _ => m.Date.ToString("MMM d, yyyy", CultureInfo.InvariantCulture),
    };

    [Property(MaxTest = 500, Replay = "(20231122,20191119)")]
    public Property Page_and_metadata_dialects_agree_where_both_accept() =>
        Prop.ForAll(Moments(), moment =>
        {
            var text = Format(moment);
            var page = DateStringParser.Parse(text, DateDialect.Page);
            var metadata = DateStringParser.Parse(text, DateDialect.Metadata);
            return (page is null || metadata is null || page == metadata)
                .Label($"{text}: page {page?.ToIso()}, metadata {metadata?.ToIso()}");
        });

    [Property(MaxTest = 500, Replay = "(20231122,20191119)")]
    public Property Every_dialect_reads_the_same_day() =>
        Prop.ForAll(Moments(), moment =>
        {
            var text = Format(moment);
            var page = DateStringParser.Parse(text, DateDialect.Page)?.Date;
            var metadata = DateStringParser.Parse(text, DateDialect.Metadata)?.Date;
            var found = DateStringParser.FindAll(text).Select(hit => (DateOnly?)hit.Date.Date).FirstOrDefault();
            return (page == moment.Date && metadata == moment.Date && found == moment.Date)
                .Label($"{text}: page {page}, metadata {metadata}, text {found}");
        });
}
