namespace CrossCheck.Analysis.Quantities;

/// <summary>Measurement units, currencies and percent signs, with their normalised symbol.</summary>
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

    public static string? Unit(string lower) => Words.GetValueOrDefault(lower);

    public static string? Currency(string symbol) => Symbols.GetValueOrDefault(symbol);

    public static bool IsCurrency(string? unit) => unit is not null && unit.Length == 3 && unit.All(char.IsUpper);
}
