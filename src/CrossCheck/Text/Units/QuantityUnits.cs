namespace CrossCheck.Text;

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
        ["mph"] = "mph", ["kph"] = "km/h", ["degrees"] = "°", ["celsius"] = "°C", ["centigrade"] = "°C", ["fahrenheit"] = "°F",
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
        [RankUnit] = QuantityDimension.Rank, ["count"] = QuantityDimension.Count,
        [MeasureWords.AgeUnit] = QuantityDimension.Age, [MeasureWords.MagnitudeUnit] = QuantityDimension.Magnitude,
    };

    /// <summary>The unit of a place in a ranking ("17th in the league").</summary>
    public const string RankUnit = "rank";

    private static readonly QuantityMeasure CountMeasure = new(QuantityDimension.Count, "count", 1);

    public static string? Unit(string lower) => Words.GetValueOrDefault(lower);

    /// <summary>The unit of a word read after a number, given the word after it: "pounds of cocaine", "a pound of
    /// butter" weigh (lb), unless the number has a scale word before ("5 million pounds of funding" is money);
    /// otherwise <see cref="Unit"/> (decision 227).</summary>
    public static string? UnitBefore(string lower, string? next, bool scaled) =>
        lower is "pound" or "pounds" && next == "of" && !scaled ? "lb" : Unit(lower);

    public static string? Currency(string symbol) => Symbols.GetValueOrDefault(symbol);

    /// <summary>Words and symbols for a degree, read before a scale letter or name ("30°C", "86 degrees Fahrenheit").</summary>
    private static readonly HashSet<string> DegreeWords = new(StringComparer.Ordinal) { "°", "º", "degrees", "degree", "deg" };

    /// <summary>Temperature scales after a degree sign or word, lower case.</summary>
    private static readonly Dictionary<string, string> Scales = new(StringComparer.Ordinal)
    {
        ["c"] = "°C", ["celsius"] = "°C", ["centigrade"] = "°C", ["f"] = "°F", ["fahrenheit"] = "°F",
    };

    /// <summary>A unit written as two tokens: a degree sign or word and a temperature scale ("°C", "degrees
    /// Fahrenheit"), or null.</summary>
    public static string? TwoTokenUnit(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return DegreeWords.Contains(first.ToLowerInvariant()) ? Scales.GetValueOrDefault(second.ToLowerInvariant()) : null;
    }

    /// <summary>A scale letter written straight after the digits ("30C", "86F"), upper case only.</summary>
    public static string? AttachedScale(string text) => text is "C" or "F" ? Scales[text.ToLowerInvariant()] : null;

    public static bool IsCurrency(string? unit) => unit is not null && unit.Length == 3 && unit.All(char.IsUpper);

    /// <summary>The dimension, base unit and factor of a unit as a quantity states it ("km", "USD", "year" of
    /// "a 68-year-old"). No unit is a plain count; a unit without a conversion is its own base unit.</summary>
    public static QuantityMeasure Measure(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit))
        {
            return CountMeasure;
        }

        if (Temperatures.TryGetValue(unit.Trim(), out var temperature))
        {
            return temperature;
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

    /// <summary>Temperatures in degrees Celsius: °F = °C × 9/5 + 32.</summary>
    private static readonly Dictionary<string, QuantityMeasure> Temperatures = new(StringComparer.Ordinal)
    {
        ["°C"] = new(QuantityDimension.Temperature, "°C", 1),
        ["°F"] = new(QuantityDimension.Temperature, "°C", 5.0 / 9.0, -32.0 * 5.0 / 9.0),
    };

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
        Add(QuantityDimension.Duration, "day", 1.0 / 1440, "minute", "min");
        Add(QuantityDimension.Duration, "day", 3652.5, "decade");
        return table;
    }
}
