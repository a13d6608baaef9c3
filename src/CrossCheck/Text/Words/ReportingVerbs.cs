using System.Collections.Frozen;

namespace CrossCheck.Text;

/// <summary>Verbs that credit what follows to their subject ("X said", "X denied", "reports say"), as lemmas.
/// Communication verbs that report an act rather than content ("urge", "call") are not among them.</summary>
internal static class ReportingVerbs
{
    public static readonly FrozenSet<string> Lemmas = FrozenSet.Create(
        StringComparer.Ordinal,
        "say", "tell", "state", "report", "announce", "claim", "add", "note", "explain", "declare", "insist", "confirm",
        "emphasize", "emphasise", "stress", "acknowledge", "admit", "warn", "deny", "allege", "assert", "argue",
        "maintain", "suggest", "write", "tweet", "indicate", "reveal", "disclose", "predict", "estimate", "believe",
        "accuse", "contend", "testify", "recount", "remark", "reiterate", "concede", "speculate", "observe", "assure");

    /// <summary>Verbs that continue what the last speaker said ("he added", "she continued"): their pronoun
    /// subject is that speaker, not the last person named.</summary>
    public static readonly FrozenSet<string> ContinuationLemmas = FrozenSet.Create(StringComparer.Ordinal, "add", "continue");

    /// <summary>Pronouns that refer back to a speaker named earlier.</summary>
    public static readonly FrozenSet<string> PersonalPronouns = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "he", "she", "they");
}
