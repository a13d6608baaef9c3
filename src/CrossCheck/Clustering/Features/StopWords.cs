using System.Collections.Frozen;

namespace CrossCheck.Clustering.Features;

/// <summary>English function words (articles, pronouns, auxiliaries, prepositions, conjunctions and
/// reporting verbs that every news text uses). They carry no information about which event a text
/// reports, and their share of a text tells English from other languages.</summary>
internal static class StopWords
{
    private static readonly FrozenSet<string> Words = """
        a about above after again against all almost also although always am among an and another any anyone
        anything are around as at be because been before being below between both but by can cannot could
        did do does doing done down during each either else even ever every few for from further get gets got
        had has have having he her here hers herself him himself his how however i if in into is it its itself
        just last least less like made make many may me might more most much must my myself near neither never
        new no nor not now of off often on once one only or other others our ours ourselves out over own per
        perhaps put rather said same say says several she should since so some still such than that the their
        theirs them themselves then there these they this those though through thus to too toward towards
        under until up upon us very via was we well were what whatever when where whether which while who
        whom whose why will with within without would yet you your yours yourself yourselves told according
        also mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
        week weeks year years day days month months time times people percent
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary><paramref name="lowerCaseWord"/> must already be lower case.</summary>
    public static bool Contains(ReadOnlySpan<char> lowerCaseWord) => Lookup.Contains(lowerCaseWord);
}
