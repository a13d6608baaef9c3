namespace CrossCheck.Analysis.Quantities;

/// <summary>The one unit table: the measurement units, currencies and percent signs read after a number, with
/// their normalised symbol (<see cref="Unit"/>), and the dimension, base unit and factor of a unit
/// (<see cref="Measure"/>).</summary>
internal static class QuantityUnits
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["%"] = "%", ["percent"] = "%", ["pct"] = "%",
        ["km"] = "km", ["kilometre"] = "km", ["kilometres"] = "km", ["kilometer"] = "km", ["kilometers"] = "km",
        ["mile"] = "mi", ["miles"] = "mi", ["m"] = "m", ["metre"] = "m", ["metres"] = "m", ["meter"] = "m", ["meters"] = "m",
        ["cm"] = "cm", ["mm"] = "mm", ["ft"] = "ft", ["feet"] = "ft", ["foot"] = "ft", ["yards"] = "yd",
        ["kg"] = "kg", ["kilogram"] = "kg", ["kilograms"] = "kg", ["kilo"] = "kg", ["kilos"] = "kg", ["g"] = "g", ["grams"] = "g",
        ["t"] = "t", ["tonne"] = "t", ["tonnes"] = "t", ["ton"] = "t", ["tons"] = "t", ["lb"] = "lb", ["lbs"] = "lb", ["pounds"] = "GBP",
        ["ha"] = "ha", ["hectare"] = "ha", ["hectares"] = "ha", ["acre"] = "acre", ["acres"] = "acre", ["km2"] = "km2",
        ["l"] = "l", ["litre"] = "l", ["litres"] = "l", ["liter"] = "l", ["liters"] = "l", ["barrels"] = "bbl", ["barrel"] = "bbl",
        ["mph"] = "mph", ["kph"] = "km/h", ["degrees"] = "°",
        ["dollar"] = "USD", ["dollars"] = "USD", ["usd"] = "USD", ["euro"] = "EUR", ["euros"] = "EUR", ["eur"] = "EUR",
        ["gbp"] = "GBP", ["pound"] = "GBP", ["yen"] = "JPY", ["yuan"] = "CNY", ["rubles"] = "RUB", ["roubles"] = "RUB",
        ["francs"] = "CHF", ["dinars"] = "dinar", ["lek"] = "ALL",
    };

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["$"] = "USD", ["€"] = "EUR", ["£"] = "GBP", ["¥"] = "JPY", ["₽"] = "RUB",
    };

    /// <summary>Units with a conversion to their dimension's base unit, keyed by lower-case name or symbol.</summary>
    private static readonly Dictionary<string, QuantityMeasure> Conversions = BuildConversions();

    /// <summary>The dimension of units that have no conversion yet: each is its own base unit.</summary>
    private static readonly Dictionary<string, QuantityDimension> Unconverted = new(StringComparer.Ordinal)
    {
        ["mm"] = QuantityDimension.Length, ["yd"] = QuantityDimension.Length, ["acre"] = QuantityDimension.Area,
        ["l"] = QuantityDimension.Volume, ["bbl"] = QuantityDimension.Volume, ["mph"] = QuantityDimension.Speed,
        ["km/h"] = QuantityDimension.Speed, ["°"] = QuantityDimension.Temperature, ["dinar"] = QuantityDimension.Money,
        [RankReader.Unit] = QuantityDimension.Rank, ["count"] = QuantityDimension.Count,
    };

    private static readonly QuantityMeasure CountMeasure = new(QuantityDimension.Count, "count", 1);

    public static string? Unit(string lower) => Words.GetValueOrDefault(lower);

    public static string? Currency(string symbol) => Symbols.GetValueOrDefault(symbol);

    public static bool IsCurrency(string? unit) => unit is not null && unit.Length == 3 && unit.All(char.IsUpper);

    /// <summary>The dimension, base unit and factor of a unit as a quantity states it ("km", "USD", "year" of
    /// "a 68-year-old"). No unit is a plain count; a unit without a conversion is its own base unit.</summary>
    public static QuantityMeasure Measure(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit))
        {
            return CountMeasure;
        }

        var key = unit.Trim().ToLowerInvariant().TrimEnd('.');
        if (Conversions.TryGetValue(key, out var known))
        {
            return known;
        }

        if (key.EndsWith('s') && Conversions.TryGetValue(key[..^1], out var plural))
        {
            return plural;
        }

        var dimension = Unconverted.TryGetValue(key, out var unconverted) ? unconverted
            : IsCurrency(unit) ? QuantityDimension.Money
            : QuantityDimension.Other;
        return new QuantityMeasure(dimension, key, 1);
    }

    private static Dictionary<string, QuantityMeasure> BuildConversions()
    {
        var table = new Dictionary<string, QuantityMeasure>(StringComparer.Ordinal);
        void Add(QuantityDimension dimension, string baseUnit, double factor, params string[] names)
        {
            foreach (var name in names)
            {
                table[name] = new QuantityMeasure(dimension, baseUnit, factor);
            }
        }

        Add(QuantityDimension.Length, "m", 1, "m", "metre", "meter");
        Add(QuantityDimension.Length, "m", 1000, "km", "kilometre", "kilometer");
        Add(QuantityDimension.Length, "m", 0.01, "cm", "centimetre", "centimeter");
        Add(QuantityDimension.Length, "m", 1609.344, "mi", "mile");
        Add(QuantityDimension.Length, "m", 0.3048, "ft", "foot", "feet");
        Add(QuantityDimension.Mass, "kg", 1, "kg", "kilogram", "kilo");
        Add(QuantityDimension.Mass, "kg", 0.001, "g", "gram");
        Add(QuantityDimension.Mass, "kg", 1000, "t", "tonne", "ton", "metric ton");
        Add(QuantityDimension.Mass, "kg", 0.45359237, "lb", "pound");
        Add(QuantityDimension.Area, "km2", 1, "km2", "km²", "square kilometre", "square kilometer");
        Add(QuantityDimension.Area, "km2", 2.589988, "sq mi", "square mile");
        Add(QuantityDimension.Area, "km2", 0.01, "ha", "hectare");
        Add(QuantityDimension.Percentage, "%", 1, "%", "percent", "per cent", "pct");
        Add(QuantityDimension.Money, "USD", 1, "$", "usd", "us$", "dollar");
        Add(QuantityDimension.Money, "EUR", 1, "€", "eur", "euro");
        Add(QuantityDimension.Money, "GBP", 1, "£", "gbp", "pound sterling");
        Add(QuantityDimension.Duration, "day", 1, "day");
        Add(QuantityDimension.Duration, "day", 1.0 / 24, "hour", "hr", "h");
        Add(QuantityDimension.Duration, "day", 7, "week");
        Add(QuantityDimension.Duration, "day", 365.25, "year", "yr");
        Add(QuantityDimension.Duration, "day", 30.4375, "month");
        return table;
    }
}
