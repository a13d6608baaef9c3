using System.Reflection;

namespace CrossCheck.Text;

/// <summary>The clock of a place: its IANA time zone (Data/place-zones.tsv: countries with one zone, regions and
/// cities of countries with several), and its UTC offset on a given day (daylight saving included, from the
/// system's time zone data). A place not listed, or a zone the system does not know, gives null: the clock
/// times of that place are then not compared with times in other zones.</summary>
internal sealed class PlaceZones
{
    private const string ResourceName = "CrossCheck.Text.place-zones.tsv";

    private static readonly Lazy<PlaceZones> Lazy = new(Load);

    private readonly Dictionary<string, string> _zones;

    private PlaceZones(Dictionary<string, string> zones)
    {
        _zones = zones;
    }

    public static PlaceZones Default => Lazy.Value;

    /// <summary>The IANA zone id of a place name ("Aceh" → "Asia/Jakarta"), matching case-insensitively, or null.</summary>
    public string? ZoneOf(string place)
    {
        ArgumentNullException.ThrowIfNull(place);
        var trimmed = place.Trim();
        if (trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[4..];
        }

        return _zones.GetValueOrDefault(trimmed);
    }

    /// <summary>The UTC offset of the place's clock at the local wall-clock time <paramref name="local"/>, or null.</summary>
    public TimeSpan? OffsetAt(string place, DateTime local) =>
        ZoneOf(place) is { } id ? OffsetIn(id, local) : null;

    /// <summary>The UTC offset of the IANA zone <paramref name="zoneId"/> at the local time, or null when the system
    /// does not know the zone.</summary>
    public TimeSpan? OffsetIn(string zoneId, DateTime local)
    {
        ArgumentNullException.ThrowIfNull(zoneId);
        var id = zoneId;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id).GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified));
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }

    private static PlaceZones Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var zones = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                zones[line[..tab]] = line[(tab + 1)..].Trim();
            }
        }

        return new PlaceZones(zones);
    }
}
