using System.Collections.Frozen;

namespace CrossCheck.Text;

/// <summary>Mutually exclusive value scales: sets of words of which two members said of one holder cannot both hold.
/// A car is silver or grey, not both; a patient is in stable or in critical condition; injuries are minor or
/// life-threatening; a building is destroyed or left intact; a person is dead or alive. WordNet does not make them
/// exclusive (it files "silver" as a shade of grey, and "stable", "critical" and "fair" are unrelated adjectives), so
/// the scales are listed here, in one place, and read by the claim judge (<c>AttributeClash</c> for a word modifying
/// its noun, <c>StateClash</c> for a state said of a holder).
/// <para>Two kinds of exclusion. In a class of exclusive members (colours, hospital conditions) any two different
/// members clash. On a graded scale, two words clash only from opposite ends: a light grade (-1: "minor injuries",
/// "good condition", "intact", "alive") against a heavy one (+1: "critical condition", "serious injuries",
/// "destroyed", "died"); words in the middle ("stable", "damaged") or of one end ("serious" / "critical" injuries)
/// do not. Classes of one family (a hospital condition and an injury severity are both a patient's severity) are
/// compared by grade across classes. Spelling variants ("grey"/"gray", "gold"/"golden") are one member. Lower case;
/// keys are lemmas.</para></summary>
internal static class AttributeWords
{
    /// <summary>Colour terms (the basic colour terms of English and the usual colours of vehicles and clothes).</summary>
    public const string Colour = "colour";

    /// <summary>The condition a hospital reports a patient in.</summary>
    public const string Condition = "condition";

    /// <summary>How severe injuries or wounds are.</summary>
    public const string Injury = "injury";

    /// <summary>How badly a building, vehicle or other thing was damaged, said by a verb or a predicate adjective.</summary>
    public const string Damage = "damage";

    /// <summary>Whether a person is dead or alive, said by a verb or a predicate adjective.</summary>
    public const string Life = "life";

    /// <summary>The family of a patient's condition and injuries: both say how badly a person is hurt.</summary>
    private const string Severity = "severity";

    private const int Light = -1;
    private const int Middle = 0;
    private const int Heavy = 1;

    private static readonly FrozenDictionary<string, string> ColourMembers = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["white"] = "white", ["black"] = "black", ["red"] = "red", ["green"] = "green", ["yellow"] = "yellow",
        ["blue"] = "blue", ["brown"] = "brown", ["purple"] = "purple", ["pink"] = "pink", ["orange"] = "orange",
        ["grey"] = "grey", ["gray"] = "grey", ["silver"] = "silver", ["gold"] = "gold", ["golden"] = "gold",
        ["beige"] = "beige", ["maroon"] = "maroon", ["turquoise"] = "turquoise",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Hospital conditions with their grade: "stable" says nothing of how grave the injuries are.</summary>
    private static readonly FrozenDictionary<string, int> ConditionMembers = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["good"] = Light, ["fair"] = Light, ["satisfactory"] = Light, ["stable"] = Middle, ["serious"] = Heavy,
        ["critical"] = Heavy, ["grave"] = Heavy, ["poor"] = Heavy, ["life-threatening"] = Heavy,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Severities of injuries and wounds.</summary>
    private static readonly FrozenDictionary<string, int> InjuryMembers = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["minor"] = Light, ["slight"] = Light, ["superficial"] = Light, ["light"] = Light, ["non-life-threatening"] = Light,
        ["serious"] = Heavy, ["severe"] = Heavy, ["critical"] = Heavy, ["grave"] = Heavy, ["life-threatening"] = Heavy,
        ["major"] = Heavy,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>States said of a holder by a verb (lemma) or a predicate adjective, with their scale and grade: a thing
    /// destroyed or left intact, a person dead or alive. "Damaged" is the middle of the damage scale and clashes with
    /// neither end.</summary>
    private static readonly FrozenDictionary<string, (string Scale, int Grade)> StateMembers = new Dictionary<string, (string, int)>(StringComparer.Ordinal)
    {
        ["destroy"] = (Damage, Heavy), ["gut"] = (Damage, Heavy), ["raze"] = (Damage, Heavy), ["demolish"] = (Damage, Heavy),
        ["obliterate"] = (Damage, Heavy), ["flatten"] = (Damage, Heavy), ["destroyed"] = (Damage, Heavy), ["gutted"] = (Damage, Heavy),
        ["intact"] = (Damage, Light), ["undamaged"] = (Damage, Light), ["unscathed"] = (Damage, Light), ["untouched"] = (Damage, Light),
        ["die"] = (Life, Heavy), ["dead"] = (Life, Heavy), ["kill"] = (Life, Heavy), ["deceased"] = (Life, Heavy),
        ["alive"] = (Life, Light), ["survive"] = (Life, Light),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Degree words in general, adjectives and adverbs, with their end of the scale: how much or how badly
    /// ("serious", "major", "badly" / "minor", "slight", "slightly"). A negation that reaches only a heavy degree ("no
    /// <i>serious</i> injuries", "not <i>badly</i> hurt", "no <i>major</i> delays") bounds the degree and leaves the
    /// rest standing: it agrees with a light degree or none, and denies only a heavy one.</summary>
    private static readonly FrozenDictionary<string, int> DegreeMembers = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["serious"] = Heavy, ["seriously"] = Heavy, ["severe"] = Heavy, ["severely"] = Heavy, ["major"] = Heavy,
        ["significant"] = Heavy, ["significantly"] = Heavy, ["substantial"] = Heavy, ["substantially"] = Heavy,
        ["extensive"] = Heavy, ["extensively"] = Heavy, ["badly"] = Heavy, ["critical"] = Heavy, ["critically"] = Heavy,
        ["grave"] = Heavy, ["gravely"] = Heavy, ["heavy"] = Heavy, ["heavily"] = Heavy, ["massive"] = Heavy,
        ["life-threatening"] = Heavy, ["widespread"] = Heavy, ["considerable"] = Heavy, ["considerably"] = Heavy,
        ["minor"] = Light, ["slight"] = Light, ["slightly"] = Light, ["light"] = Light, ["lightly"] = Light,
        ["mild"] = Light, ["mildly"] = Light, ["superficial"] = Light, ["minimal"] = Light, ["small"] = Light,
        ["non-life-threatening"] = Light, ["modest"] = Light, ["limited"] = Light,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether a word (surface or lemma) is a heavy degree ("serious", "major", "badly").</summary>
    public static bool IsHeavyDegree(string word) =>
        DegreeMembers.TryGetValue(word.ToLowerInvariant(), out var grade) && grade == Heavy;

    /// <summary>Nouns naming a part of the thing a state is said of ("destroyed <i>a large section</i> of the store",
    /// "<i>the main area</i> of the supermarket was left intact"): the holder is the thing after "of".</summary>
    public static readonly FrozenSet<string> PartNouns = FrozenSet.Create(StringComparer.Ordinal,
        "part", "section", "area", "portion", "much", "most", "half", "rest", "bulk", "majority", "wing", "floor", "side", "corner");

    /// <summary>Verbs whose state is said of their object ("the blaze <i>destroyed</i> the mill", "the gunman
    /// <i>killed</i> a guard"), or of their subject in the passive; other state words are said of their subject ("the
    /// hiker <i>died</i>", "the mill was left <i>intact</i>").</summary>
    private static readonly FrozenSet<string> CausativeStates = FrozenSet.Create(StringComparer.Ordinal,
        "destroy", "gut", "raze", "demolish", "obliterate", "flatten", "kill");

    /// <summary>Whether a state word (a lemma) is said of the thing after it, as a causative verb's object.</summary>
    public static bool HolderFollows(string lemma) => CausativeStates.Contains(lemma.ToLowerInvariant());

    /// <summary>The nouns a hospital condition describes.</summary>
    private static readonly FrozenSet<string> ConditionHeads = FrozenSet.Create(StringComparer.Ordinal, "condition", "conditions");

    /// <summary>The nouns an injury severity describes.</summary>
    private static readonly FrozenSet<string> InjuryHeads = FrozenSet.Create(StringComparer.Ordinal,
        "injury", "injuries", "wound", "wounds", "burn", "burns", "trauma");

    /// <summary>The class, member and grade a word is when it describes <paramref name="head"/> (a lemma), or null when
    /// it is in no class that applies to that head.</summary>
    public static ScaleValue? ClassOf(string word, string head)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(head);
        var key = word.ToLowerInvariant();
        var lowerHead = head.ToLowerInvariant();
        if (ConditionHeads.Contains(lowerHead) && ConditionMembers.TryGetValue(key, out var condition))
        {
            return new ScaleValue(Condition, key, Severity, condition, ExclusiveMembers: true);
        }

        if (InjuryHeads.Contains(lowerHead) && InjuryMembers.TryGetValue(key, out var injury))
        {
            return new ScaleValue(Injury, key, Severity, injury, ExclusiveMembers: false);
        }

        return ColourMembers.TryGetValue(key, out var colour) ? new ScaleValue(Colour, colour, Colour, Middle, ExclusiveMembers: true) : null;
    }

    /// <summary>The state a word (a lemma) says of its holder ("destroy", "intact", "die", "alive"), or null.</summary>
    public static ScaleValue? StateOf(string lemma)
    {
        ArgumentNullException.ThrowIfNull(lemma);
        var key = lemma.ToLowerInvariant();
        return StateMembers.TryGetValue(key, out var state) ? new ScaleValue(state.Scale, key, state.Scale, state.Grade, ExclusiveMembers: false) : null;
    }

    /// <summary>Whether two values said of one holder exclude each other: two different members of one class of
    /// exclusive members, or two values of one family from opposite ends of its scale.</summary>
    public static bool Exclude(ScaleValue a, ScaleValue b) =>
        (a.ExclusiveMembers && string.Equals(a.Class, b.Class, StringComparison.Ordinal) && !string.Equals(a.Member, b.Member, StringComparison.Ordinal))
        || (string.Equals(a.Family, b.Family, StringComparison.Ordinal) && a.Grade != Middle && b.Grade != Middle && a.Grade != b.Grade);

    /// <summary>What a negated value says ("her injuries were <i>not life-threatening</i>"): the negation of a heavy
    /// grade is the light end of its family, a bound rather than a member, so it excludes only the heavy end; the
    /// negation of any other value says too little to compare (null).</summary>
    public static ScaleValue? Denied(ScaleValue value) =>
        value.Grade == Heavy ? value with { Member = "not " + value.Member, Grade = Light, ExclusiveMembers = false } : null;

    /// <summary>Whether two words are one member of a class ("grey" and "gray"), or the same word.</summary>
    public static bool SameMember(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (x, y) = (a.ToLowerInvariant(), b.ToLowerInvariant());
        return string.Equals(x, y, StringComparison.Ordinal)
            || (ColourMembers.TryGetValue(x, out var cx) && ColourMembers.TryGetValue(y, out var cy) && string.Equals(cx, cy, StringComparison.Ordinal));
    }

    /// <summary>Whether a sentence's word (a lemma) is on the same end of a state's scale as <paramref name="value"/>:
    /// a sentence that also says "destroyed" or "gutted" does not deny "destroyed".</summary>
    public static bool SameStateEnd(string lemma, ScaleValue value) =>
        StateOf(lemma) is { } state && string.Equals(state.Family, value.Family, StringComparison.Ordinal) && state.Grade == value.Grade;
}

/// <summary>A value on an exclusive scale: its class (colour, condition, injury, damage, life), its member, the family
/// of classes compared with each other, its grade (-1 light, 0 middle or ungraded, +1 heavy) and whether any two
/// members of the class exclude each other.</summary>
internal readonly record struct ScaleValue(string Class, string Member, string Family, int Grade, bool ExclusiveMembers);
