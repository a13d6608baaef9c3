using System.Collections.Frozen;

namespace CrossCheck.Text;

/// <summary>Manner words that grade how well something was done or provided ("well equipped" / "poorly equipped",
/// "adequately staffed" / "insufficiently staffed"). WordNet links few of them as antonyms ("well" and
/// "insufficiently" not at all), yet a word of one list against a word of the other on the same thing is the
/// opposite evaluation of it. Lower case.</summary>
internal static class AdequacyWords
{
    /// <summary>Done or provided well enough.</summary>
    public static readonly FrozenSet<string> Adequate = FrozenSet.Create(
        StringComparer.Ordinal,
        "well", "adequately", "sufficiently", "properly", "amply", "suitably", "appropriately", "fully", "thoroughly");

    /// <summary>Done or provided badly or not enough.</summary>
    public static readonly FrozenSet<string> Inadequate = FrozenSet.Create(
        StringComparer.Ordinal,
        "ill", "poorly", "badly", "inadequately", "insufficiently", "improperly", "inappropriately", "unsuitably", "scantily");

    /// <summary>True when one word says "well enough" and the other "not well enough".</summary>
    public static bool AreOpposite(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (x, y) = (a.ToLowerInvariant(), b.ToLowerInvariant());
        return (Adequate.Contains(x) && Inadequate.Contains(y)) || (Inadequate.Contains(x) && Adequate.Contains(y));
    }
}
