using System.Collections.Frozen;

namespace CrossCheck.Text;

/// <summary>The words that say what a bare figure measures: a distance or height ("fell 60m", "60m from a ridge"),
/// a span of time ("five months", "four and a half years"), an age ("36 years old", "Robert Buckley, 32,"), the
/// magnitude of an earthquake ("magnitude 6.1", "a 5.9-magnitude quake").</summary>
internal static class MeasureWords
{
    /// <summary>Words whose figure is a length: verbs of falling, climbing and moving a distance, dimension adjectives
    /// and nouns, and the prepositions a distance is measured with ("60m from the ridge", "200m down the gully").
    /// "60m" next to one of these is 60 metres, not 60 million.</summary>
    public static readonly FrozenSet<string> LengthContext = FrozenSet.Create(
        StringComparer.Ordinal,
        "fall", "falls", "fell", "falling", "fallen", "drop", "drops", "dropped", "dropping", "plunge", "plunged", "plunging",
        "plummet", "plummeted", "plummeting", "tumble", "tumbled", "tumbling", "slide", "slid", "sliding", "slip", "slipped",
        "climb", "climbed", "climbing", "descend", "descended", "descending", "swim", "swam", "swum", "walk", "walked",
        "run", "ran", "drive", "drove", "driven", "travel", "travelled", "traveled", "stretch", "stretched", "reach", "reached",
        "high", "higher", "tall", "taller", "deep", "deeper", "long", "longer", "wide", "wider", "away", "across",
        "height", "depth", "length", "width", "distance", "altitude", "elevation", "drop", "radius",
        "from", "down", "up", "below", "above", "beneath", "under", "into", "onto", "along");

    /// <summary>Units of time read after a number ("five months", "12 weeks", "24 hours"), lower case, with the
    /// unit symbol <see cref="QuantityUnits"/> converts.</summary>
    public static readonly FrozenDictionary<string, string> TimeUnits = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["year"] = "year", ["years"] = "year", ["month"] = "month", ["months"] = "month", ["week"] = "week", ["weeks"] = "week",
        ["day"] = "day", ["days"] = "day", ["hour"] = "hour", ["hours"] = "hour", ["minute"] = "minute", ["minutes"] = "minute",
        ["decade"] = "decade", ["decades"] = "decade",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Fractions joined to a whole number by "and a" ("four and a half months" = 4.5).</summary>
    public static readonly FrozenDictionary<string, double> AddedFractions = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["half"] = 0.5, ["quarter"] = 0.25, ["third"] = 1.0 / 3,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The joiner of such a fraction: "four and a half".</summary>
    public const string FractionJoiner = "and";

    /// <summary>The unit an age is stated in ("a 36-year-old", "36 years old", "aged 36", "Robert Buckley, 32,").</summary>
    public const string AgeUnit = "year-old";

    /// <summary>The word after a number of years that makes it an age ("36 years old").</summary>
    public const string AgeWord = "old";

    /// <summary>The word before a number that makes it an age ("aged 36").</summary>
    public const string AgedWord = "aged";

    /// <summary>The unit of an earthquake's magnitude ("magnitude 6.1", "a 5.9-magnitude quake", "a magnitude of 5.9").</summary>
    public const string MagnitudeUnit = "magnitude";

    /// <summary>The scale named after a magnitude ("5.9 on the Richter scale"), lower case.</summary>
    public const string RichterScale = "richter";

    public static string? TimeUnit(string lower) => TimeUnits.GetValueOrDefault(lower);
}
