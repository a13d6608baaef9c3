using System.Collections.Frozen;

namespace CrossCheck.Text;

/// <summary>Closed classes of attribute words whose members exclude each other when they describe one thing: a car
/// is silver or grey, not both; a patient is in stable or in critical condition. WordNet does not make them
/// exclusive (it files "silver" as a shade of grey, and "stable", "critical" and "fair" are unrelated adjectives),
/// so the classes are listed here. A class may be restricted to head nouns (hospital conditions describe a
/// "condition"); spelling variants ("grey"/"gray", "gold"/"golden") are one member. Lower case.</summary>
internal static class AttributeWords
{
    /// <summary>Colour terms (the basic colour terms of English and the usual colours of vehicles and clothes).</summary>
    public const string Colour = "colour";

    /// <summary>The condition a hospital reports a patient in.</summary>
    public const string Condition = "condition";

    private static readonly FrozenDictionary<string, string> ColourMembers = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["white"] = "white", ["black"] = "black", ["red"] = "red", ["green"] = "green", ["yellow"] = "yellow",
        ["blue"] = "blue", ["brown"] = "brown", ["purple"] = "purple", ["pink"] = "pink", ["orange"] = "orange",
        ["grey"] = "grey", ["gray"] = "grey", ["silver"] = "silver", ["gold"] = "gold", ["golden"] = "gold",
        ["beige"] = "beige", ["maroon"] = "maroon", ["turquoise"] = "turquoise",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> ConditionMembers = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["good"] = "good", ["fair"] = "fair", ["serious"] = "serious", ["critical"] = "critical", ["stable"] = "stable",
        ["grave"] = "grave", ["satisfactory"] = "satisfactory", ["poor"] = "poor",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The nouns a hospital condition describes.</summary>
    private static readonly FrozenSet<string> ConditionHeads = FrozenSet.Create(StringComparer.Ordinal, "condition", "conditions");

    /// <summary>The class and the member a word is when it describes <paramref name="head"/> (a lemma), or null when it
    /// is in no class that applies to that head.</summary>
    public static (string Class, string Member)? ClassOf(string word, string head)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(head);
        var key = word.ToLowerInvariant();
        if (ConditionHeads.Contains(head.ToLowerInvariant()) && ConditionMembers.TryGetValue(key, out var condition))
        {
            return (Condition, condition);
        }

        return ColourMembers.TryGetValue(key, out var colour) ? (Colour, colour) : null;
    }

    /// <summary>Whether two words are one member of a class ("grey" and "gray"), or the same word.</summary>
    public static bool SameMember(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (x, y) = (a.ToLowerInvariant(), b.ToLowerInvariant());
        return string.Equals(x, y, StringComparison.Ordinal)
            || (ColourMembers.TryGetValue(x, out var cx) && ColourMembers.TryGetValue(y, out var cy) && string.Equals(cx, cy, StringComparison.Ordinal))
            || (ConditionMembers.TryGetValue(x, out var dx) && ConditionMembers.TryGetValue(y, out var dy) && string.Equals(dx, dy, StringComparison.Ordinal));
    }
}
