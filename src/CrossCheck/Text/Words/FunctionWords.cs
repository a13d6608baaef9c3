using System.Collections.Frozen;

namespace CrossCheck.Text;

/// <summary>English function words: the closed-class words (determiners, pronouns, prepositions, conjunctions,
/// auxiliaries) and the discourse words every news text uses. Three stages need slightly different sets, so
/// each set is the shared <see cref="Core"/> plus the words its purpose adds; <see cref="ClosedClassWords"/>
/// classifies the closed classes, and the lexicon's Snowball list (<see cref="StopWords"/>) is separate.</summary>
internal static class FunctionWords
{
    /// <summary>The words all three sets share.</summary>
    public static readonly FrozenSet<string> Core = Set(
        """
        a an the this that these those some any each every no both either neither all such other another i me
        my we us our you your he his she her it its they them their who whom whose which what of in on at by
        for with from to into over under about after before during since until between among against through
        and or but nor so yet if because although though while as than then also not only even still just
        however is are was were be been being am do does did have has had will would should can could may
        might must there here according
        """);

    /// <summary>Words capitalised only because they open a sentence or a headline, never names (entities,
    /// quantities, quotes): determiners, pronouns, prepositions, conjunctions, auxiliaries, and the calendar
    /// deictics and titles ("Today", "Mr") that open a sentence.</summary>
    public static readonly FrozenSet<string> NeverNames = Set(
        Core,
        """
        many much most more few several own him where when why how whether without onto above below till amid
        across along around behind beyond despite except inside outside throughout toward towards upon via
        within per near whereas unless meanwhile shall yes besides following regarding including once now
        today yesterday tomorrow last next first new former mr mrs ms dr
        """);

    /// <summary>Words that carry no checkable content in a statement (alignment): the core plus the
    /// reporting frame ("said", "according") and discourse connectives ("moreover").</summary>
    public static readonly FrozenSet<string> Uncheckable = Set(
        Core,
        """
        hers theirs ours having shall onto too very already again out up down off s never n't itself himself
        herself themselves one ones said says say additionally besides moreover
        """);

    /// <summary>Words that say nothing about which event a text reports (clustering): the core plus reporting
    /// verbs, weekdays and the time and people nouns every report uses. Their share of a text also tells
    /// English from other languages.</summary>
    public static readonly FrozenSet<string> TopicNeutral = Set(
        Core,
        """
        above again almost always anyone anything around below cannot doing done down else ever few further
        get gets got having hers herself him himself how itself last least less like made make many more most
        much myself near never new now off often once one others ours ourselves out own per perhaps put rather
        said same say says several theirs themselves thus too toward towards up upon very via well whatever
        when where whether why within without yours yourself yourselves told mr mrs ms dr monday tuesday
        wednesday thursday friday saturday sunday today yesterday tomorrow week weeks year years day days
        month months time times people percent
        """);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TopicNeutralLookup =
        TopicNeutral.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a word of <see cref="NeverNames"/>; <paramref name="lower"/> must be lower case.</summary>
    public static bool Contains(string lower) => NeverNames.Contains(lower);

    /// <summary>True for a word of <see cref="Uncheckable"/>; <paramref name="lower"/> must be lower case.</summary>
    public static bool IsUncheckable(string lower) => Uncheckable.Contains(lower);

    /// <summary>True for a word of <see cref="TopicNeutral"/>; <paramref name="lowerCaseWord"/> must be lower case.</summary>
    public static bool IsTopicNeutral(ReadOnlySpan<char> lowerCaseWord) => TopicNeutralLookup.Contains(lowerCaseWord);

    private static FrozenSet<string> Set(string words) => Set([], words);

    private static FrozenSet<string> Set(IEnumerable<string> baseWords, string words) =>
        baseWords.Concat(words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToFrozenSet(StringComparer.Ordinal);
}
