using System.Collections.Frozen;

namespace CrossCheck.Text;

/// <summary>The words of contests: the periods a game or bout is played in ("the first half", "the seventh round"), and
/// the words that make a time a game clock: time left ("7:42 left", "with 7 minutes 41 seconds to go") or time played
/// ("44 seconds into the seventh round", "at the 2:15 mark").</summary>
internal static class ContestWords
{
    /// <summary>Periods of play, singular and plural, lower case.</summary>
    public static readonly FrozenSet<string> Periods = FrozenSet.Create(
        StringComparer.Ordinal,
        "half", "quarter", "period", "round", "inning", "innings", "set", "frame", "overtime", "leg", "lap", "stage", "game");

    /// <summary>Regular-expression alternatives, after a time, that make it time left in play.</summary>
    public const string Remaining = @"left|remaining|to\s+go|to\s+play";

    /// <summary>Regular-expression alternatives, after a time, that make it time played ("44 seconds into").</summary>
    public const string Elapsed = @"into";

    /// <summary>Regular-expression alternatives, after a time, that make it a point in play ("the 2:15 mark").</summary>
    public const string Mark = @"mark";
}
