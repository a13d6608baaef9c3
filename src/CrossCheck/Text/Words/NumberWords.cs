using System.Collections.Frozen;
using System.Globalization;

namespace CrossCheck.Text;

/// <summary>English number words and digit strings to values: "one hundred" = 100, "two dozen" = 24,
/// "twenty-five" = 25, "4,500" = 4500, "4.5" with "million" = 4,500,000.</summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, double> Units = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, double> Scales = new(StringComparer.Ordinal)
    {
        ["hundred"] = 100, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
        ["dozen"] = 12, ["bn"] = 1e9, ["mln"] = 1e6, ["mn"] = 1e6,
    };

    /// <summary>Plural scale words used vaguely: "hundreds of", "thousands of", "dozens of".</summary>
    private static readonly Dictionary<string, double> Vague = new(StringComparer.Ordinal)
    {
        ["dozens"] = 12, ["scores"] = 20, ["hundreds"] = 100, ["thousands"] = 1e3, ["millions"] = 1e6, ["billions"] = 1e9, ["tens"] = 10,
    };

    /// <summary>Ordinal words, any case ("first" = 1, "twenty-first" = 21).</summary>
    public static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6,
        ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12,
        ["thirteenth"] = 13, ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17,
        ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20, ["twenty-first"] = 21, ["twenty first"] = 21,
        ["twenty-second"] = 22,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Small counts as words, any case, for durations and repetitions ("three days", "a couple of
    /// weeks", "a dozen times"): the non-zero <see cref="Units"/> and the article and dozen phrases.</summary>
    public static readonly FrozenDictionary<string, int> Counts = Units
        .Where(pair => pair.Value > 0)
        .Select(pair => KeyValuePair.Create(pair.Key, (int)pair.Value))
        .Concat(new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["a"] = 1, ["an"] = 1, ["hundred"] = 100, ["a hundred"] = 100, ["one hundred"] = 100, ["a couple of"] = 2,
            ["couple of"] = 2, ["a dozen"] = 12, ["dozen"] = 12,
        })
        .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Digit-ordinal suffixes ("21st", "3rd").</summary>
    public static readonly FrozenSet<string> OrdinalSuffixes = FrozenSet.Create(StringComparer.Ordinal, "st", "nd", "rd", "th");

    /// <summary>Nouns of a ranking ("17th in the league", "third in the polls").</summary>
    public static readonly FrozenSet<string> RankingNouns = FrozenSet.Create(
        StringComparer.Ordinal,
        "league", "table", "standings", "ranking", "rankings", "division", "poll", "polls", "championship",
        "conference", "group", "race", "world", "list", "chart", "charts", "index");

    /// <summary>Nouns that are plural without an "s" ("50 people", "200 police").</summary>
    public static readonly FrozenSet<string> CollectiveNouns = FrozenSet.Create(
        StringComparer.Ordinal,
        "people", "police", "personnel", "staff", "crew", "cattle", "livestock", "aircraft", "military", "infantry",
        "artillery", "offspring", "sheep", "fish", "deer", "youth", "clergy", "militia");

    /// <summary>Nouns that introduce what a number counts ("the number of NATO troops").</summary>
    public static readonly FrozenSet<string> CountingNouns = FrozenSet.Create(StringComparer.Ordinal, "number", "total", "count", "tally");

    private static readonly Dictionary<string, int> Denominators = new(StringComparer.Ordinal)
    {
        ["half"] = 2, ["third"] = 3, ["quarter"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["eighth"] = 8, ["tenth"] = 10,
    };

    /// <summary>The rank an ordinal word names, "first" to "twelfth" (lower case), or null: larger ranks
    /// are written in digits.</summary>
    public static int? RankOrdinal(string lower) =>
        Ordinals.TryGetValue(lower, out var rank) && rank <= 12 ? rank : null;

    /// <summary>The denominator a fraction word names ("third" = 3, "quarters" = 4 when plural), or null.</summary>
    public static int? Denominator(string lower, bool plural)
    {
        var singular = plural && lower.EndsWith('s') ? lower[..^1] : lower;
        return (plural ? lower.EndsWith('s') : !lower.EndsWith('s')) && Denominators.TryGetValue(singular, out var value) ? value : null;
    }

    public static bool IsUnit(string lower) => Units.ContainsKey(lower) || (lower.Contains('-', StringComparison.Ordinal) && Hyphenated(lower) is not null);

    public static bool IsScale(string lower) => Scales.ContainsKey(lower);

    public static double Scale(string lower) => Scales[lower];

    public static double? VagueValue(string lower) => Vague.TryGetValue(lower, out var value) ? value : null;

    /// <summary>Parses a sequence of number words (units, tens, "hundred", "thousand", "a", "and").</summary>
    public static double? Parse(IEnumerable<string> lowerWords)
    {
        double total = 0, current = 0;
        var any = false;
        foreach (var word in lowerWords)
        {
            if (word is "and")
            {
                continue;
            }

            if (word is "a" or "an")
            {
                current += 1;
            }
            else if (Units.TryGetValue(word, out var unit) || Hyphenated(word) is { } hyphenated && (unit = hyphenated) >= 0)
            {
                current += unit;
            }
            else if (Scales.TryGetValue(word, out var scale))
            {
                if (scale >= 1000)
                {
                    total += (current == 0 ? 1 : current) * scale;
                    current = 0;
                }
                else
                {
                    current = (current == 0 ? 1 : current) * scale;
                }
            }
            else
            {
                return null;
            }

            any = true;
        }

        return any ? total + current : null;
    }

    /// <summary>"4,500" → 4500, "3.5" → 3.5; null for "1,2,3" or "1.2.3".</summary>
    public static double? ParseDigits(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        digits = digits.Replace(" ", "", StringComparison.Ordinal);
        var commas = digits.Split(',');
        if (commas.Length > 1 && (commas[0].Length > 3 || commas.Skip(1).Any(g => g.Split('.')[0].Length != 3)))
        {
            return null;
        }

        var plain = digits.Replace(",", "", StringComparison.Ordinal);
        return plain.Count(c => c == '.') <= 1 && double.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    private static double? Hyphenated(string word)
    {
        var parts = word.Split('-');
        return parts.Length == 2 && Units.TryGetValue(parts[0], out var tens) && tens >= 20 && tens % 10 == 0
               && Units.TryGetValue(parts[1], out var ones) && ones is > 0 and < 10
            ? tens + ones
            : null;
    }
}
