using System.Runtime.CompilerServices;
using System.Globalization;
using System.Text.RegularExpressions;
using CrossCheck.Text;

namespace CrossCheck.Alignment;

/// <summary>Two sentences about one event that give one contest figure differently, where the figure is a pair or a
/// game clock that the quantity comparer does not read as one value:
/// <list type="bullet">
/// <item>a record of wins and losses (and draws) held by one named side: "Klitschko (52-3, 46 KOs)" /
/// "Wladimir Klitschko, 53-3, 47 KO's", "took Smith's record to 20-4" / "Smith, 21-4"; a score line held by one team
/// ("beat Evansville 91-73") is the same kind of pair;</item>
/// <item>a game clock, as time left ("with 7:42 left in the first half" / "with 7 minutes 41 seconds to go") or as time
/// played ("44 seconds into the seventh round" / "at the 2:15 mark"), read to the second, in the same period of play
/// when both sentences name one ("in the first half" / "in the second half" are two moments, no clash).</item>
/// </list>
/// A side that also states the other's value agrees with it. The words live in <see cref="ContestWords"/>.</summary>
internal static partial class TallyClash
{
    /// <summary>Characters after a game clock within which its period of play is looked for.</summary>
    private const int PeriodReach = 40;

    /// <summary>The two figures ("Klitschko 53-3 vs 52-3"), or null when there is no such clash. A clash needs the two
    /// sentences to be about the same event (<paramref name="sameEvent"/>).</summary>
    public static string? Find(string claim, string other, Func<bool> sameEvent)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(sameEvent);
        if (Of(claim) is not { IsEmpty: false } mine || Of(other) is not { IsEmpty: false } theirs)
        {
            return null;
        }

        var clash = RecordClash(mine.Records, theirs.Records) ?? ClockClash(mine.Clocks, theirs.Clocks);
        return clash is not null && sameEvent() ? clash : null;
    }

    /// <summary>The records and game clocks of one text, read once per text instance (a claim's text is judged against
    /// many sentences).</summary>
    internal sealed record Tallies(List<Record> Records, List<GameClock> Clocks)
    {
        public static readonly Tallies None = new([], []);

        public bool IsEmpty => Records.Count == 0 && Clocks.Count == 0;
    }

    private static readonly ConditionalWeakTable<string, Tallies> Read = [];

    /// <summary>The contest figures of a text; a text without a digit or the word "second" has none.</summary>
    internal static Tallies Of(string text) =>
        Read.GetValue(text, static t => t.AsSpan().IndexOfAnyInRange('0', '9') < 0 && !t.Contains("second", StringComparison.OrdinalIgnoreCase)
            ? Tallies.None
            : new Tallies(Records(t), GameClocks(t)));

    /// <summary>A record (or score line) of a named side: the side's last name word and the figures.</summary>
    internal readonly record struct Record(string Holder, int Wins, int Losses, int? Draws)
    {
        public override string ToString() => Draws is { } d
            ? string.Create(CultureInfo.InvariantCulture, $"{Wins}-{Losses}-{d}")
            : string.Create(CultureInfo.InvariantCulture, $"{Wins}-{Losses}");

        /// <summary>Two records agree when wins and losses are equal, and the draws too when both give them ("45-7" and
        /// "45-7-2" are one record, draws left out).</summary>
        public bool Agrees(Record other) =>
            Wins == other.Wins && Losses == other.Losses && (Draws is null || other.Draws is null || Draws == other.Draws);
    }

    /// <summary>Whether a game clock counts time left or time played.</summary>
    internal enum ClockKind
    {
        Remaining,
        Elapsed,
    }

    /// <summary>A game clock to the second, with the period of play it names ("first half": ordinal 1, "half"), if any.</summary>
    internal readonly record struct GameClock(ClockKind Kind, int Seconds, int? PeriodOrdinal, string? Period)
    {
        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"{Seconds / 60}:{Seconds % 60:D2} {(Kind == ClockKind.Remaining ? "left" : "played")}");

        /// <summary>Two clocks are of one moment's kind unless both name a period and the periods differ.</summary>
        public bool SamePeriodAs(GameClock other) =>
            Kind == other.Kind
            && !(PeriodOrdinal is { } a && other.PeriodOrdinal is { } b && a != b)
            && !(Period is { } p && other.Period is { } q && !string.Equals(p, q, StringComparison.Ordinal));
    }

    /// <summary>What a sentence gives contest figures of, for finding the sentences to compare it with: "record " and
    /// each record holder (lower case), "clock " and the kind of each game clock.</summary>
    public static IEnumerable<string> Anchors(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tallies = Of(text);
        return tallies.Records.Select(r => "record " + r.Holder.ToLowerInvariant())
            .Concat(tallies.Clocks.Select(c => "clock " + (c.Kind == ClockKind.Remaining ? "left" : "played")))
            .Distinct(StringComparer.Ordinal);
    }

    internal static List<Record> Records(string text)
    {
        var records = new List<Record>();
        foreach (Match m in RecordPattern().Matches(text))
        {
            if (HolderBefore().Match(text, 0, m.Index) is not { Success: true } holder)
            {
                continue;
            }

            var name = holder.Groups["holder"].Value.TrimEnd('.', '-');
            if (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal))
            {
                name = name[..^2];
            }

            var lower = name.ToLowerInvariant();
            if (name.Length < 2 || FunctionWords.Contains(lower) || TimeWords.IsCalendarWord(lower))
            {
                continue;
            }

            records.Add(new Record(name, Int(m.Groups["w"]), Int(m.Groups["l"]), m.Groups["d"].Success ? Int(m.Groups["d"]) : null));
        }

        return records;
    }

    internal static List<GameClock> GameClocks(string text)
    {
        var clocks = new List<GameClock>();
        foreach (Match m in ClockPattern().Matches(text))
        {
            if (Seconds(m) is not { } seconds)
            {
                continue;
            }

            var kind = m.Groups["left"].Success ? ClockKind.Remaining : ClockKind.Elapsed;
            var end = m.Index + m.Length;
            var (ordinal, period) = PeriodAfter(text[end..Math.Min(text.Length, end + PeriodReach)]);
            clocks.Add(new GameClock(kind, seconds, ordinal, period));
        }

        return clocks;
    }

    private static string? RecordClash(List<Record> claim, List<Record> other)
    {
        foreach (var group in claim.GroupBy(r => r.Holder, StringComparer.OrdinalIgnoreCase))
        {
            var theirs = other.FindAll(r => string.Equals(r.Holder, group.Key, StringComparison.OrdinalIgnoreCase));
            if (theirs.Count > 0 && !group.Any(r => theirs.Exists(r.Agrees)))
            {
                return $"{group.Key} {group.First()} vs {theirs[0]}";
            }
        }

        return null;
    }

    private static string? ClockClash(List<GameClock> claim, List<GameClock> other)
    {
        foreach (var clock in claim)
        {
            var comparable = other.FindAll(clock.SamePeriodAs);
            if (comparable.Count > 0 && !comparable.Exists(o => o.Seconds == clock.Seconds))
            {
                return $"{clock} vs {comparable[0]}";
            }
        }

        return null;
    }

    /// <summary>Seconds of a game clock: "7:41", "7 minutes 41 seconds", "44 seconds" (digits or number words); null
    /// when a part is no number or the seconds are 60 or more.</summary>
    private static int? Seconds(Match m)
    {
        if (m.Groups["cm"].Success)
        {
            var clockSeconds = Int(m.Groups["cs"]);
            return clockSeconds < 60 ? (Int(m.Groups["cm"]) * 60) + clockSeconds : null;
        }

        var minutes = m.Groups["wm"].Success ? TimeWords.Number(m.Groups["wm"].Value) : 0;
        var secs = TimeWords.Number(m.Groups["ws"].Value);
        return minutes is { } mm && secs is { } ss && ss < 60 && mm == Math.Floor(mm) && ss == Math.Floor(ss) ? (int)((mm * 60) + ss) : null;
    }

    /// <summary>The period of play named right after a game clock ("in the first half", "into the 7th round").</summary>
    private static (int? Ordinal, string? Period) PeriodAfter(string after)
    {
        if (PeriodPattern().Match(after) is not { Success: true } m)
        {
            return (null, null);
        }

        var period = m.Groups["period"].Value.ToLowerInvariant();
        if (!ContestWords.Periods.Contains(period))
        {
            return (null, null);
        }

        var ordinal = TimeWords.Ordinal(m.Groups["ord"].Value);
        return (ordinal > 0 ? ordinal : null, period);
    }

    private static int Int(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>"52-3", "45-7-2", "52 - 3": not part of a longer figure, a date or a decimal, and not a range of a
    /// counted noun ("10-12 people"): what follows is punctuation, the end, or a word that goes with a record.</summary>
    [GeneratedRegex(@"(?<![\d.,:/\-–])(?<w>\d{1,3})\s?[-–]\s?(?<l>\d{1,3})(?:\s?[-–]\s?(?<d>\d{1,3}))?(?![\d%]|[.,:]\d|\s?[-–]\s?\p{L})(?=\s*(?:$|[)\],;.:!?]|\s(?:with|in|on|at|and|after|over|before|win|victory|loss|defeat|record|ko'?s?|knockouts?)\b))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RecordPattern();

    /// <summary>The named side right before a record: "Klitschko (", "Klitschko, ", "Klitschko's record to ",
    /// "Evansville ".</summary>
    [GeneratedRegex(@"(?<holder>\p{Lu}[\p{L}'’.-]*)(?:['’]s)?(?:(?:\s+\p{Ll}+){0,2}\s+(?:to|at|of))?[\s(,]*$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex HolderBefore();

    /// <summary>A game clock: "7:42" or "[7 minutes[,] [and]] 41 seconds", followed by "left", "remaining", "to go",
    /// "to play" (time left), "into" (time played), or "mark" ("the 2:15 mark").</summary>
    [GeneratedRegex(@"(?<![\d:.])(?:(?<cm>\d{1,2}):(?<cs>\d{2})|(?:(?<wm>\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+minutes?,?\s+(?:and\s+)?)?(?<ws>\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+seconds?)(?:\s+(?<left>" + ContestWords.Remaining + @")|\s+(?:" + ContestWords.Elapsed + "|" + ContestWords.Mark + @"))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClockPattern();

    [GeneratedRegex(@"^\s*(?:(?:in|of)\s+)?(?:the\s+)?(?<ord>\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+(?<period>[a-z]+)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PeriodPattern();
}
