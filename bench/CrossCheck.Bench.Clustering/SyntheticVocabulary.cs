namespace CrossCheck.Bench.Clustering;

/// <summary>Word material for the synthetic stream: event kinds with their own nouns, verbs and adjectives,
/// shared newsroom words, and invented names built from syllables (so no real article text is involved).</summary>
internal static class SyntheticVocabulary
{
    public sealed record Kind(string Name, string[] Nouns, string[] Verbs, string[] Adjectives, string[] Counted);

    public static readonly Kind[] Kinds =
    [
        new("earthquake", ["earthquake", "quake", "tremor", "aftershock", "rubble", "epicentre", "magnitude", "rescuers", "buildings", "survivors"], ["struck", "shook", "collapsed", "flattened", "trapped", "rescued"], ["seismic", "powerful", "shallow", "deadly"], ["dead", "injured", "homes"]),
        new("flood", ["flood", "floodwater", "river", "levee", "rainfall", "evacuation", "dam", "villages", "boats", "sandbags"], ["burst", "submerged", "overflowed", "evacuated", "swept", "rose"], ["torrential", "heavy", "rising", "muddy"], ["evacuated", "missing", "households"]),
        new("election", ["election", "ballot", "vote", "candidate", "turnout", "campaign", "coalition", "parliament", "polls", "seats"], ["won", "conceded", "campaigned", "voted", "counted", "formed"], ["narrow", "decisive", "disputed", "early"], ["seats", "votes", "districts"]),
        new("trial", ["trial", "court", "judge", "verdict", "sentence", "prosecutor", "defendant", "jury", "appeal", "charges"], ["sentenced", "acquitted", "testified", "appealed", "convicted", "charged"], ["guilty", "lengthy", "criminal", "landmark"], ["years", "counts", "witnesses"]),
        new("fire", ["fire", "blaze", "flames", "firefighters", "smoke", "warehouse", "factory", "hydrant", "arson", "ladders"], ["burned", "spread", "extinguished", "gutted", "engulfed", "evacuated"], ["massive", "fierce", "suspicious", "industrial"], ["firefighters", "injured", "hectares"]),
        new("strike", ["strike", "union", "workers", "wages", "picket", "walkout", "negotiations", "management", "shifts", "contract"], ["walked", "demanded", "rejected", "negotiated", "halted", "resumed"], ["nationwide", "indefinite", "bitter", "general"], ["workers", "percent", "days"]),
        new("match", ["match", "goal", "striker", "season", "league", "coach", "stadium", "penalty", "fans", "title"], ["scored", "defeated", "equalised", "clinched", "trailed", "celebrated"], ["dramatic", "late", "decisive", "home"], ["goals", "points", "fans"]),
        new("merger", ["merger", "acquisition", "shareholders", "deal", "shares", "regulators", "board", "bid", "valuation", "stake"], ["acquired", "agreed", "approved", "rejected", "offered", "valued"], ["hostile", "strategic", "record", "cash"], ["billion", "jobs", "shares"]),
        new("crash", ["crash", "plane", "pilot", "runway", "wreckage", "investigators", "flight", "passengers", "airline", "recorder"], ["crashed", "skidded", "landed", "diverted", "recovered", "grounded"], ["emergency", "fatal", "regional", "chartered"], ["passengers", "crew", "dead"]),
        new("protest", ["protest", "demonstrators", "police", "march", "square", "crowd", "rally", "slogans", "arrests", "barricades"], ["gathered", "marched", "dispersed", "clashed", "arrested", "chanted"], ["peaceful", "violent", "massive", "spontaneous"], ["protesters", "arrested", "injured"]),
        new("storm", ["storm", "hurricane", "winds", "landfall", "coast", "power", "outages", "surge", "shelters", "forecasters"], ["battered", "uprooted", "knocked", "lashed", "weakened", "downgraded"], ["tropical", "severe", "category", "powerful"], ["homes", "customers", "dead"]),
        new("launch", ["launch", "device", "product", "smartphone", "chip", "customers", "release", "features", "presentation", "prototype"], ["unveiled", "launched", "announced", "shipped", "priced", "demonstrated"], ["new", "flagship", "cheaper", "faster"], ["units", "markets", "models"]),
    ];

    public static readonly string[] Newsroom =
    [
        "officials", "statement", "spokesman", "spokeswoman", "residents", "authorities", "government", "local", "region", "report",
        "reporters", "minister", "ministry", "city", "town", "area", "morning", "evening", "night", "afternoon", "early", "later",
        "confirmed", "added", "announced", "expected", "according", "sources", "situation", "national", "public", "security",
        "department", "agency", "crisis", "response", "support", "concern", "impact", "damage", "investigation", "plan",
    ];

    private static readonly string[] Onsets = ["b", "br", "d", "dr", "f", "g", "gr", "h", "k", "kl", "l", "m", "n", "p", "pr", "r", "s", "st", "t", "tr", "v", "z", "sh", "ch", "j", "w"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ai", "ei", "ou", "ia", "y"];
    private static readonly string[] Codas = ["", "", "n", "r", "s", "l", "m", "nd", "rk", "st", "v", "sk", "th"];

    public static string Name(Random random, int syllables)
    {
        var chars = new System.Text.StringBuilder();
        for (var i = 0; i < syllables; i++)
        {
            chars.Append(Onsets[random.Next(Onsets.Length)]).Append(Vowels[random.Next(Vowels.Length)]);
            if (i == syllables - 1 || random.Next(3) == 0)
            {
                chars.Append(Codas[random.Next(Codas.Length)]);
            }
        }

        chars[0] = char.ToUpperInvariant(chars[0]);
        return chars.ToString();
    }
}
