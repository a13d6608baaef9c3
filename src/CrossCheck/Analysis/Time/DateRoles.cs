using System.Text.RegularExpressions;

namespace CrossCheck.Analysis.Time;

/// <summary>Dates that say when something was said, not when it happened: "officials said on Wednesday",
/// "the ministry announced Monday", "told reporters late on Friday". Two reports of one event are often
/// published, and quote their sources, on different days; comparing those dates would make a conflict out of
/// a confirmation, so alignment never lets them clash with another date; they still confirm one ("the club
/// announced on Monday" that the coach was sacked dates the sacking).</summary>
internal static partial class DateRoles
{
    private const int LookBehind = 48;

    /// <summary>The role of the date that starts at <paramref name="dateStart"/>: <see cref="DateRole.Statement"/>
    /// when a reporting verb ("said on", "told reporters late on") leads up to it.</summary>
    /// <remarks>A passive reporting verb with a subject of its own ("the recall was announced on 11 March", "the
    /// deaths were confirmed on Tuesday") dates what was announced, as the active verb with its object does ("announced
    /// the recall on Thursday"): an event date. The impersonal "it was announced on Monday that ..." stays a statement.</remarks>
    public static DateRole Of(string text, int dateStart)
    {
        ArgumentNullException.ThrowIfNull(text);
        var from = Math.Max(0, dateStart - LookBehind);
        var match = ReportingVerbBefore().Match(text, from, dateStart - from);
        if (!match.Success)
        {
            return DateRole.Event;
        }

        var before = PassiveBefore().Match(text, from, match.Index - from);
        return before.Success && !string.Equals(before.Groups["subject"].Value, "it", StringComparison.OrdinalIgnoreCase) ? DateRole.Event : DateRole.Statement;
    }

    /// <summary>A form of "be" right before a reporting verb, with the word before it (the subject when it is "it").</summary>
    [GeneratedRegex(@"(?<subject>\w+)\s+(?:is|are|was|were|been|being)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PassiveBefore();

    [GeneratedRegex(@"\b(?:said|says|told(?:\s+(?:reporters|journalists|the\s+\w+|\w+))?|announced|reported|confirmed|added|stated|declared|wrote|tweeted|posted)\s+(?:(?:late|early)\s+)?(?:(?:on|in\s+a\s+statement\s+on|in\s+a\s+statement)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportingVerbBefore();
}
