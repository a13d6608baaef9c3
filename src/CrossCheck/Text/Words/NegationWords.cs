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

    /// <summary>Verbs that report an accusation or a rumour rather than the act ("charged with arson", "accused of
    /// fraud", "rumoured to be the informant"), as lemmas: denying the act does not clash with them, since both can be
    /// true.</summary>
    public static readonly FrozenSet<string> AccusingVerbs = FrozenSet.Create(
        StringComparer.Ordinal, "charge", "accuse", "arrest", "suspect", "indict", "allege", "prosecute", "convict", "rumor", "rumour");

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

    /// <summary>Predicates of knowing, certainty and appearance, as they follow a negation ("isn't sure", "is not yet
    /// clear", "was not immediately known", "has not been established", "could not confirm", "doesn't seem"): negated,
    /// they report that something is not known, which denies nothing a report states; the claim is hedged instead.
    /// Lower-case surface forms. "Know" counts only before a clause ("did not know whether", <see cref="ClauseOpeners"/>):
    /// "did not know the victim" is a denial.</summary>
    public static readonly FrozenSet<string> UncertaintyPredicates = FrozenSet.Create(
        StringComparer.Ordinal,
        "sure", "certain", "clear", "known", "seem", "seems", "seemed", "appear", "appears", "appeared", "confirm", "confirmed",
        "determine", "determined", "established", "establish", "verify", "verified");

    /// <summary>Forms of "know" that report uncertainty only before a clause (<see cref="ClauseOpeners"/>).</summary>
    public static readonly FrozenSet<string> KnowForms = FrozenSet.Create(StringComparer.Ordinal, "know", "knew");

    /// <summary>Words that open a content clause after "know": "whether", "if" and the wh-words.</summary>
    public static readonly FrozenSet<string> ClauseOpeners = FrozenSet.Create(
        StringComparer.Ordinal, "whether", "if", "what", "who", "why", "how", "when", "where", "which");

    /// <summary>Adverbs that may stand between a negation and the predicate it negates without changing what is
    /// negated ("not yet clear", "not immediately known", "not entirely sure"). Lower case.</summary>
    public static readonly FrozenSet<string> InterveningAdverbs = FrozenSet.Create(
        StringComparer.Ordinal, "yet", "immediately", "entirely", "completely", "quite", "fully", "really", "exactly", "independently", "officially", "publicly");

    /// <summary>Words that turn a negation into a time bound ("will not reopen until Monday", "may not be restored till
    /// 31 December", "it was not until Friday that ..."): the clause states when something happens, not that it does
    /// not. Lower case.</summary>
    public static readonly FrozenSet<string> TimeBounds = FrozenSet.Create(StringComparer.Ordinal, "until", "till", "til");

    /// <summary>Whether the polarity cue at <paramref name="cue"/> denies nothing: it negates a predicate of knowing or
    /// certainty (<see cref="UncertaintyPredicates"/>), reached over forms of "be", auxiliaries and
    /// <see cref="InterveningAdverbs"/>, or its clause goes on to a time bound (<see cref="TimeBounds"/>).
    /// <paramref name="lowerAt"/> gives the lower-case token at an index (null past the span's end).
    /// <paramref name="endsClause"/> says whether the token at an index ends the cue's clause.</summary>
    public static bool DeniesNothing(int cue, Func<int, string?> lowerAt, Func<int, bool> endsClause) =>
        NegatesUncertainty(cue, lowerAt) || BoundsTime(cue, lowerAt, endsClause);

    /// <summary>Whether the polarity cue at <paramref name="cue"/> negates a predicate of knowing or certainty
    /// (<see cref="UncertaintyPredicates"/>), reached over forms of "be", auxiliaries and <see cref="InterveningAdverbs"/>:
    /// the statement reports that something is not known.</summary>
    public static bool NegatesUncertainty(int cue, Func<int, string?> lowerAt)
    {
        ArgumentNullException.ThrowIfNull(lowerAt);
        var j = cue + 1;
        while (lowerAt(j) is { } word && (ClosedClassWords.IsFormOfBe(word) || InterveningAdverbs.Contains(word) || IsAuxiliary(word)))
        {
            j++;
        }

        return lowerAt(j) is { } predicate
            && (UncertaintyPredicates.Contains(predicate) || (KnowForms.Contains(predicate) && lowerAt(j + 1) is { } next && ClauseOpeners.Contains(next)));
    }

    /// <summary>Whether the clause of the polarity cue at <paramref name="cue"/> goes on to a time bound
    /// (<see cref="TimeBounds"/>) before it ends (<paramref name="endsClause"/>).</summary>
    public static bool BoundsTime(int cue, Func<int, string?> lowerAt, Func<int, bool> endsClause)
    {
        ArgumentNullException.ThrowIfNull(lowerAt);
        ArgumentNullException.ThrowIfNull(endsClause);
        for (var k = cue + 1; lowerAt(k) is { } word; k++)
        {
            if (TimeBounds.Contains(word))
            {
                return true;
            }

            if (endsClause(k))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsAuxiliary(string word) => word is "do" or "does" or "did" or "have" or "has" or "had";

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
