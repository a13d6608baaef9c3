using CrossCheck.Text;

namespace CrossCheck.Analysis.Claims;

/// <summary>Marks negated claims: "not", "n't", "never", "no", "none", "nobody", "nothing", "neither/nor", and
/// finite negative verbs ("denied", "refused to", "failed to", "declined to"). "Not only" is not a negation and
/// "No." before a number is an abbreviation. <c>Scope</c> finds the cues of a claim with the words each
/// governs, which alignment reads.</summary>
internal static class NegationDetector
{
    public static bool IsNegated(SentenceTokens s, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var word = s.Text(i);
            if (((NegationWords.Negators.Contains(word) && !IsNotOnly(s, i) && !IsNumberAbbreviation(s, i))
                    || (s.Tokens[i].Kind == TokenKind.Word && ClosedClassWords.IsNegativeContraction(word)))
                && !DeniesNothing(s, i, to))
            {
                return true;
            }

            if (NegatesAsAVerb(s, i, to))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The start offsets of the negating verbs of [<paramref name="from"/>, <paramref name="to"/>) that make it
    /// negated (<see cref="IsNegated"/>: "rejected claims that", "refused to", "ruled out", "dismissed concerns that"):
    /// <see cref="Scope(IReadOnlyList{Token}, int, System.Nullable{System.ValueTuple{int, int}}, IReadOnlySet{int})"/>
    /// reads them as cues, so that what such a verb governs is its reach, as for "denied".</summary>
    public static IReadOnlySet<int> NegatingVerbStarts(SentenceTokens s, int from, int to)
    {
        HashSet<int>? starts = null;
        for (var i = from; i < to; i++)
        {
            if (NegatesAsAVerb(s, i, to))
            {
                (starts ??= []).Add(s.Tokens[i].Start);
            }
        }

        return starts is null ? NoVerbCues : starts;
    }

    private static readonly HashSet<int> NoVerbCues = [];

    /// <summary>A finite verb that negates on its own ("denied", "rejected"), an infinitive ("refused to") or a reported
    /// claim ("ruled out", "dismissed concerns that").</summary>
    private static bool NegatesAsAVerb(SentenceTokens s, int i, int to)
    {
        if (s.Classes[i] != WordClass.Verb || s.Text(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var lemma = s.VerbLemma(i);
        return NegationWords.DenyingVerbs.Contains(lemma) || (NegationWords.RefusingVerbs.Contains(lemma) && s.Is(i + 1, "to"))
            || Dismisses(s, i, lemma, to);
    }

    /// <summary>The polarity cues of the span [<paramref name="start"/>, <paramref name="end"/>) with their reach
    /// (tokens of <paramref name="excluded"/>, a quotation inside a context window, are skipped). A cue is "not",
    /// "no", "never", "nobody", "nothing", "none", "neither", "nor", "cannot", a form of "deny" or a contraction
    /// such as "doesn't" (<see cref="NegationWords.IsPolarityCue"/>); unlike <see cref="IsNegated"/>, "not only"
    /// counts. A cue reaches to the end of its clause (<see cref="EndsReach"/>) or of the span.</summary>
    public static NegationScope Scope(string text, int start, int end, (int Start, int End)? excluded = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        return Scope(Tokenizer.Tokenize(text[start..end], start), end, excluded);
    }

    /// <summary>The polarity cues of a span, as above, over the tokens of the span read
    /// from the article's token stream; <paramref name="end"/> is the span's end.</summary>
    /// <paramref name="verbCues"/> are the start offsets of negating verbs found with their word classes
    /// (<see cref="NegatingVerbStarts"/>), cues as well.
    public static NegationScope Scope(IReadOnlyList<Token> tokens, int end, (int Start, int End)? excluded = null, IReadOnlySet<int>? verbCues = null)
    {
        List<NegationCue>? cues = null;
        var open = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (excluded is { } ex && token.Start >= ex.Start && token.End <= ex.End)
            {
                continue;
            }

            var lower = token.Text.ToLowerInvariant();
            if (open > 0 && EndsReach(token, lower))
            {
                Close(cues!, open, token.Start);
                open = 0;
            }

            if (token.Kind != TokenKind.Punctuation && (NegationWords.IsPolarityCue(lower) || verbCues?.Contains(token.Start) == true)
                && !NegationWords.DeniesNothing(t, i => i >= 0 && i < tokens.Count ? tokens[i].Text.ToLowerInvariant() : null, i => EndsReach(tokens[i], tokens[i].Text.ToLowerInvariant())))
            {
                (cues ??= []).Add(new NegationCue(lower, token.Start, token.End, end));
                open++;
            }
        }

        return cues is null ? NegationScope.None : new NegationScope(cues);
    }

    /// <summary>Ends the reach of the last <paramref name="open"/> cues at <paramref name="at"/>.</summary>
    private static void Close(List<NegationCue> cues, int open, int at)
    {
        for (var i = cues.Count - open; i < cues.Count; i++)
        {
            cues[i] = cues[i] with { ScopeEnd = at };
        }
    }

    /// <summary>A negation reaches to the end of its clause (<see cref="NegationWords.ReachEnders"/>,
    /// <see cref="NegationWords.ReachEndingPunctuation"/>).</summary>
    private static bool EndsReach(Token token, string lower) =>
        token.Kind == TokenKind.Punctuation
            ? NegationWords.ReachEndingPunctuation.Contains(lower)
            : NegationWords.ReachEnders.Contains(lower);

    /// <summary>A dismissing verb with its particle ("ruled out") or with an object that reports a claim ("dismissed
    /// concerns that", "refuted reports of"): the link word within the next <see cref="ClaimLinkReach"/> tokens.</summary>
    private static bool Dismisses(SentenceTokens s, int verb, string lemma, int to)
    {
        if (!NegationWords.DismissingVerbs.Contains(lemma))
        {
            return false;
        }

        if (NegationWords.DismissingParticles.TryGetValue(lemma, out var particle))
        {
            return s.Is(verb + 1, particle);
        }

        for (var j = verb + 1; j < to && j <= verb + ClaimLinkReach; j++)
        {
            if (j > verb + 1 && NegationWords.ClaimLinks.Contains(s.Text(j)))
            {
                // the object's head: a noun, or a word the guesser read as a verb ("reports", "claims")
                return s.Classes[j - 1] is WordClass.Noun or WordClass.ProperNoun or WordClass.Verb;
            }

            if (!s.IsNominal(j) && !(j == verb + 1 && s.Classes[j] == WordClass.Verb))
            {
                return false;
            }
        }

        return false;
    }

    private const int ClaimLinkReach = 4;

    /// <summary>A negation that reports uncertainty or a time bound (<see cref="NegationWords.DeniesNothing"/>), read
    /// over the claim's tokens up to <paramref name="to"/>.</summary>
    private static bool DeniesNothing(SentenceTokens s, int cue, int to) =>
        NegationWords.DeniesNothing(
            cue,
            i => i >= 0 && i < to ? s.Text(i).ToLowerInvariant() : null,
            i => s.Tokens[i].Kind == TokenKind.Punctuation ? NegationWords.ReachEndingPunctuation.Contains(s.Text(i)) : NegationWords.ReachEnders.Contains(s.Text(i).ToLowerInvariant()));

    private static bool IsNotOnly(SentenceTokens s, int i) => s.Is(i, "not") && s.Is(i + 1, "only");

    private static bool IsNumberAbbreviation(SentenceTokens s, int i) =>
        s.Is(i, "no") && s.Is(i + 1, ".") && i + 2 < s.Count && s.Tokens[i + 2].Kind == TokenKind.Number;
}
