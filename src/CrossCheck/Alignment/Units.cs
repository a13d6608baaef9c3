namespace CrossCheck.Alignment;

/// <summary>A measurement unit reduced to a dimension and a factor to that dimension's base unit
/// (5 km and 3.1 miles are both "length" in metres).</summary>
internal readonly record struct NormalisedUnit(string Dimension, double Factor);

internal static class Units
{
    public const string CountDimension = "count";

    private static readonly Dictionary<string, NormalisedUnit> Known = Build();

    /// <summary>A unit the table does not know is its own dimension (so "USD" compares only with "USD");
    /// no unit at all is the dimension of plain counts.</summary>
    public static NormalisedUnit Normalise(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit))
        {
            return new NormalisedUnit(CountDimension, 1);
        }

        var key = unit.Trim().ToLowerInvariant().TrimEnd('.');
        if (Known.TryGetValue(key, out var known))
        {
            return known;
        }

        return key.EndsWith('s') && Known.TryGetValue(key[..^1], out var plural) ? plural : new NormalisedUnit(key, 1);
    }

    private static Dictionary<string, NormalisedUnit> Build()
    {
        var table = new Dictionary<string, NormalisedUnit>(StringComparer.Ordinal);
        void Add(string dimension, double factor, params string[] names)
        {
            foreach (var name in names)
            {
                table[name] = new NormalisedUnit(dimension, factor);
            }
        }

        Add("length", 1, "m", "metre", "meter");
        Add("length", 1000, "km", "kilometre", "kilometer");
        Add("length", 0.01, "cm", "centimetre", "centimeter");
        Add("length", 1609.344, "mi", "mile");
        Add("length", 0.3048, "ft", "foot", "feet");
        Add("mass", 1, "kg", "kilogram", "kilo");
        Add("mass", 0.001, "g", "gram");
        Add("mass", 1000, "t", "tonne", "ton", "metric ton");
        Add("mass", 0.45359237, "lb", "pound");
        Add("area", 1, "km2", "km²", "square kilometre", "square kilometer");
        Add("area", 2.589988, "sq mi", "square mile");
        Add("area", 0.01, "ha", "hectare");
        Add("percent", 1, "%", "percent", "per cent", "pct");
        Add("usd", 1, "$", "usd", "us$", "dollar");
        Add("eur", 1, "€", "eur", "euro");
        Add("gbp", 1, "£", "gbp", "pound sterling");
        Add("duration", 1, "day");
        Add("duration", 1.0 / 24, "hour", "hr", "h");
        Add("duration", 7, "week");
        Add("duration", 365.25, "year", "yr");
        Add("duration", 30.4375, "month");
        return table;
    }
}
