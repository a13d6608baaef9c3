using System.Collections.Frozen;

namespace CrossCheck.Text;

/// <summary>The words that mark reported uncertainty: hedging modals and adverbs ("might", "reportedly"),
/// "appears/seems to", and the participles of impersonal reports ("it is said", "is believed to").</summary>
internal static class HedgeWords
{
    /// <summary>Modals that hedge, any case.</summary>
    public static readonly FrozenSet<string> Modals = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "may", "might", "could");

    /// <summary>Hedging adverbs and adjectives, any case.</summary>
    public static readonly FrozenSet<string> Qualifiers = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "reportedly", "allegedly", "apparently", "purportedly", "supposedly", "possibly", "probably", "perhaps",
        "presumably", "seemingly", "likely", "unlikely", "unconfirmed", "unverified", "alleged", "suspected", "rumoured",
        "rumored", "ostensibly", "maybe");

    /// <summary>Verbs that hedge when followed by "to" or "that" ("appears to", "seems that"), as lemmas.</summary>
    public static readonly FrozenSet<string> SeemVerbs = FrozenSet.Create(StringComparer.Ordinal, "appear", "seem");

    /// <summary>Participles that hedge the noun they qualify after "a" or "an" ("a reported $30 million", "a rumoured
    /// takeover"), any case. "An estimated" gives an approximation, not a hedge.</summary>
    public static readonly FrozenSet<string> AttributiveParticiples = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "reported", "rumoured", "rumored", "purported");

    /// <summary>Participles that make an impersonal report after a form of "be" ("is said", "are believed"), any case.</summary>
    public static readonly FrozenSet<string> ImpersonalParticiples = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "said", "believed", "thought", "reported", "alleged", "rumoured", "rumored", "understood", "expected",
        "feared", "claimed", "suspected", "estimated", "presumed", "supposed");
}
