using System.Collections.Frozen;

namespace CrossCheck.Text;

/// <summary>The words that reverse a statement's polarity: negative particles and pronouns ("not", "never",
/// "nobody"), the verbs that negate on their own ("deny") or negate an infinitive ("refused to"). The closed
/// class <see cref="WordClass.Negation"/> of <see cref="ClosedClassWords"/> is <see cref="Negators"/> without
/// "neither" (a determiner there).</summary>
internal static class NegationWords
{
    /// <summary>Negative particles and pronouns, any case (claims); "no-one" is one token.</summary>
    public static readonly FrozenSet<string> Negators = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "not", "never", "no", "none", "nobody", "no-one", "noone", "nothing", "neither", "nor", "nowhere");

    /// <summary>Negative verbs that negate on their own ("deny"), as lemmas.</summary>
    public static readonly FrozenSet<string> DenyingVerbs = FrozenSet.Create(StringComparer.Ordinal, "deny", "reject");

    /// <summary>Verbs that report an accusation rather than the act ("charged with arson", "accused of fraud"), as
    /// lemmas: denying the act does not clash with them, since both can be true.</summary>
    public static readonly FrozenSet<string> AccusingVerbs = FrozenSet.Create(
        StringComparer.Ordinal, "charge", "accuse", "arrest", "suspect", "indict", "allege", "prosecute", "convict");

    /// <summary>Verbs that deny a report when their object is a claim ("dismissed concerns that the quake would cause a
    /// tsunami", "ruled out a leak", "refuted reports of looting"), as lemmas; with <see cref="ClaimLinks"/> or, for a
    /// phrasal verb, its particle (<see cref="DismissingParticles"/>). "Dismissed two workers" negates nothing.</summary>
    public static readonly FrozenSet<string> DismissingVerbs = FrozenSet.Create(StringComparer.Ordinal, "dismiss", "refute", "rebut", "discount", "rule");

    /// <summary>The particle that makes a phrasal verb deny ("ruled out"), by lemma.</summary>
    public static readonly FrozenDictionary<string, string> DismissingParticles =
        new Dictionary<string, string>(StringComparer.Ordinal) { ["rule"] = "out" }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The words that open the claim a dismissing verb's object reports ("concerns that …", "reports of …").</summary>
    public static readonly FrozenSet<string> ClaimLinks = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "that", "of", "about");

    /// <summary>Negative verbs that negate an infinitive ("refused to recognise"), as lemmas.</summary>
    public static readonly FrozenSet<string> RefusingVerbs = FrozenSet.Create(StringComparer.Ordinal, "refuse", "decline", "fail", "neglect");

    /// <summary>The lower-case surface cues alignment reads polarity from: the negators except "nowhere", "cannot",
    /// and the inflected forms of "deny".</summary>
    public static readonly FrozenSet<string> PolarityCues = Negators
        .Where(word => word != "nowhere")
        .Concat(["cannot", "deny", "denies", "denied", "denying"])
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that end the reach of a negation: coordinating conjunctions ("had not opened the floodgates
    /// and that the level had been normal") and the openers of a subordinate clause of circumstance or of a relative
    /// clause ("denied that its ferry was overloaded when it ran aground" denies the overloading, not the grounding).
    /// Lower case.</summary>
    public static readonly FrozenSet<string> ReachEnders = FrozenSet.Create(
        StringComparer.Ordinal,
        "and", "but", "while", "whereas", "although", "though", "when", "after", "before", "because", "since", "until",
        "unless", "where", "which", "who");

    /// <summary>Punctuation that ends the reach of a negation: a clause break or an aside.</summary>
    public static readonly FrozenSet<string> ReachEndingPunctuation = FrozenSet.Create(
        StringComparer.Ordinal, ",", ";", ":", "(", "—", "–");

    /// <summary>Whether a verb lemma is one that negates (deny, refuse, dismiss, rule out …) rather than what is negated.</summary>
    public static bool IsNegatingVerb(string lemma) =>
        DenyingVerbs.Contains(lemma) || RefusingVerbs.Contains(lemma) || DismissingVerbs.Contains(lemma);

    /// <summary>True for "not", "never", "denied", and contractions such as "doesn't"; <paramref name="lowerWord"/>
    /// must be lower case.</summary>
    public static bool IsPolarityCue(string lowerWord) =>
        PolarityCues.Contains(lowerWord)
        || lowerWord.EndsWith("n't", StringComparison.Ordinal)
        || lowerWord.EndsWith("n’t", StringComparison.Ordinal);
}
