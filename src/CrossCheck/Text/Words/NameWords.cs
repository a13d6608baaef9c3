using System.Collections.Frozen;

namespace CrossCheck.Text;

/// <summary>Lower-case words that take part in names: connectors inside a name ("Republic of North Macedonia",
/// "Ludwig van Beethoven") and the prepositions that put a name in a place ("in Skopje").</summary>
internal static class NameWords
{
    /// <summary>The common connectors (clustering joins the name words around them into one key).</summary>
    public static readonly FrozenSet<string> CommonConnectors = FrozenSet.Create(
        StringComparer.Ordinal, "of", "de", "del", "da", "van", "von", "bin", "al", "la", "le");

    /// <summary>Every connector entity recognition lets a name run across: the common ones and the rarer
    /// particles of Italian, Dutch, German, French, Arabic and Spanish names.</summary>
    public static readonly FrozenSet<string> Connectors = CommonConnectors
        .Concat(["di", "della", "der", "den", "du", "ibn", "y"])
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Prepositions after which an unknown name is a place ("in Skopje", "near Brisa").</summary>
    public static readonly FrozenSet<string> PlacePrepositions = FrozenSet.Create(
        StringComparer.Ordinal, "in", "near", "across", "throughout", "outside", "inside", "within", "around");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonConnectorLookup =
        CommonConnectors.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a word of <see cref="CommonConnectors"/>, exactly as written.</summary>
    public static bool IsCommonConnector(ReadOnlySpan<char> word) => CommonConnectorLookup.Contains(word);

    /// <summary>Lower-case words that can sit inside a name.</summary>
    public static bool IsNameConnector(string lower) => Connectors.Contains(lower);
}
