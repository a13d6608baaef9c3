using System.Collections.Frozen;

namespace CrossCheck.Text;

/// <summary>English function words by class: the closed classes WordNet does not describe.</summary>
internal static class ClosedClassWords
{
    private static readonly FrozenDictionary<string, WordClass> Classes = Build();

    /// <summary>Finite forms of "be", "have" and "do" (they carry tense, so they make a clause finite).</summary>
    public static readonly FrozenSet<string> FiniteAuxiliaries = FrozenSet.Create(
        StringComparer.Ordinal,
        "am", "is", "are", "was", "were", "has", "have", "had", "do", "does", "did", "'s", "'re", "'ve", "'m", "'d");

    private static readonly FrozenSet<string> Articles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "a", "an", "the");

    /// <summary>The forms of "be" written out, in any case ("is", "were", "been"): the auxiliary of a passive ("was
    /// told"), the copula before a participle ("is believed").</summary>
    private static readonly FrozenSet<string> BeWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "be", "am", "is", "are", "was", "were", "been", "being");

    /// <summary>Forms of "be", lower case, with the contracted "'s" and "'re": a particle after one states a state ("the
    /// alarms were off").</summary>
    public static readonly FrozenSet<string> BeForms = FrozenSet.Create(StringComparer.Ordinal, [.. BeWords, "'s", "'re"]);

    /// <summary>True for a form of "be" written out (<see cref="BeWords"/>), in any case.</summary>
    public static bool IsFormOfBe(string word) => BeWords.Contains(word);

    /// <summary>"a", "an", "the" in any case: no sentence ends on one.</summary>
    public static bool IsArticle(ReadOnlySpan<char> word) => Articles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static readonly FrozenSet<string> Relatives = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "that", "which", "what", "whatever", "whichever", "whose");

    /// <summary>A determiner that starts a noun phrase ("the", "a", "its", "these"), so that a participle after it
    /// is an adjective ("the damaged area"); not the relatives "that", "which", "whose" ("which started").</summary>
    public static bool IsNounPhraseDeterminer(string word) =>
        ClassOf(word) == WordClass.Determiner && !Relatives.Contains(word);

    /// <summary>Relatives that open a non-restrictive relative clause after a comma ("..., who later headed the
    /// party", "..., which he gave to the lawyers", "..., where he lived"): what the clause says is background to the
    /// sentence's statement.</summary>
    private static readonly FrozenSet<string> ClauseRelatives = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "who", "whom", "whose", "which", "where");

    /// <summary>Subordinators that do not open a fronted background clause ("so", "how", "why", "whether").</summary>
    private static readonly FrozenSet<string> NotBackgroundSubordinators = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "so", "how", "why", "whether", "where", "wherever");

    /// <summary>"who", "whom", "whose", "which", "where" (any case): after a comma they open a non-restrictive
    /// relative clause (decision 226).</summary>
    public static bool OpensRelativeClause(string word) => ClauseRelatives.Contains(word);

    /// <summary>A subordinator that opens a fronted adverbial clause ("As the crowd watched, ...", "After the talks
    /// failed, ...", "Although sales rose, ..."): the clause up to its comma is background (decision 226).</summary>
    public static bool OpensBackgroundClause(string word) =>
        ClassOf(word) == WordClass.Subordinator && !NotBackgroundSubordinators.Contains(word);

    /// <summary>Words that, after a comma, open a clause of its own ("..., and were taken to hospital", "..., while a
    /// second man was shot in the arm", "..., before fleeing on foot"): the coordinators that join statements ("or" joins
    /// alternatives, not statements) and the adverbial subordinators, with "before" and "after" (decision 375).</summary>
    private static readonly FrozenSet<string> ClauseOpenersAfterComma = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "and", "but", "yet", "while", "whereas", "although", "though", "as", "when", "because", "since", "until", "once", "before", "after");

    /// <summary>Subordinators that, after a comma, join a second statement set beside the first ("..., while a second man
    /// was shot in the arm", "..., whereas exports fell", "..., though the team has not won since"): the clause they open
    /// is checked on its own (decision 410).</summary>
    private static readonly FrozenSet<string> ContrastSubordinators = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "while", "whereas", "although", "though");

    /// <summary>True for "while", "whereas", "although", "though" (any case): after a comma they join a second
    /// statement (<see cref="ContrastSubordinators"/>).</summary>
    public static bool JoinsContrastedStatement(string word) => ContrastSubordinators.Contains(word);

    /// <summary>True for a word that opens a clause of its own after a comma (<see cref="ClauseOpenersAfterComma"/>).</summary>
    public static bool OpensClauseAfterComma(string word) => ClauseOpenersAfterComma.Contains(word);

    /// <summary>The class of a function word (any case), or null for open-class and unknown words.</summary>
    public static WordClass? ClassOf(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var key = word.ToLowerInvariant().Replace('\u2019', '\'');
        if (Classes.TryGetValue(key, out var wordClass))
        {
            return wordClass;
        }

        return IsNegativeContraction(key) ? WordClass.Auxiliary : null;
    }

    /// <summary>"don't", "isn't", "won't", "can't", "cannot" (straight or curly apostrophe).</summary>
    public static bool IsNegativeContraction(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase)
            || word.Equals("cannot", StringComparison.OrdinalIgnoreCase);
    }

    private static FrozenDictionary<string, WordClass> Build()
    {
        var classes = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        Add(classes, WordClass.Determiner, "the a an this that these those each every some any all both either neither another such what whatever which whichever whose many much few several my your his her its our their");
        Add(classes, WordClass.Pronoun, "i me you he him she it we us they them myself yourself himself herself itself ourselves yourselves themselves someone somebody anyone anybody everyone everybody something anything everything who whom there one mine yours hers ours theirs");
        Add(classes, WordClass.Negation, "not never no none nobody nothing nowhere nor");
        Add(classes, WordClass.Preposition, "of in on at by for with about against between into through during before after above below to from up down out off over under around among amongst across along within without toward towards upon amid amidst despite via per near beyond beside besides behind unlike like than including following regarding concerning throughout onto inside outside except past");
        Add(classes, WordClass.CoordinatingConjunction, "and or but yet");
        Add(classes, WordClass.Subordinator, "because although though if unless whether while whereas when whenever where wherever why how since until till once as so");
        Add(classes, WordClass.Auxiliary, "am is are was were be been being has have had having do does did 're 've 'm");
        Add(classes, WordClass.Modal, "will would can could may might must shall should ought 'll 'd");
        return classes.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void Add(Dictionary<string, WordClass> classes, WordClass wordClass, string words)
    {
        foreach (var word in words.Split(' '))
        {
            classes.TryAdd(word, wordClass);
        }
    }
}
