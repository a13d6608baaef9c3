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
    public static DateRole Of(string text, int dateStart)
    {
        ArgumentNullException.ThrowIfNull(text);
        var from = Math.Max(0, dateStart - LookBehind);
        return ReportingVerbBefore().IsMatch(text.AsSpan(from, dateStart - from)) ? DateRole.Statement : DateRole.Event;
    }

    [GeneratedRegex(@"\b(?:said|says|told(?:\s+(?:reporters|journalists|the\s+\w+|\w+))?|announced|reported|confirmed|added|stated|declared|wrote|tweeted|posted)\s+(?:(?:late|early)\s+)?(?:(?:on|in\s+a\s+statement\s+on|in\s+a\s+statement)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportingVerbBefore();
}
