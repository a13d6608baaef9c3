using System.Globalization;
using System.Text.RegularExpressions;
using CrossCheck.Text;

namespace CrossCheck.Analysis.Time;

/// <summary>Clock times ("3 p.m.", "15:00 GMT", "noon"): on their own they fall on the day mentioned before
/// (or the publication date); next to a day ("Saturday at 3 p.m.") they are merged into it.</summary>
internal static class ClockRules
{
    public static TimexValue? Clock(Match m, TimexContext context)
    {
        if (ReadClock(m) is not { } clock || context.AnchorFor(DateGranularity.Day) is not { } day)
        {
            return null;
        }

        return new TimexValue(TimexCalendar.Day(day) + "T" + clock.Text, TimexType.Time, DateGranularity.Time, true, clock.Offset);
    }

    /// <summary>A day value with the clock time of <paramref name="clockMatch"/> attached.</summary>
    public static TimexValue? AttachTo(TimexValue day, Match clockMatch)
    {
        if (ReadClock(clockMatch) is not { } clock || day.Value.Length < 10 || !char.IsAsciiDigit(day.Value[0]))
        {
            return day;
        }

        return new TimexValue(day.Value[..10] + "T" + clock.Text, TimexType.Time, DateGranularity.Time, day.Relative, clock.Offset);
    }

    public static (string Text, TimeSpan? Offset)? ReadClock(Match m)
    {
        var offset = TimeWords.Zone(m.Groups["zone"].Success ? m.Groups["zone"].Value : null);
        if (m.Groups["named"].Success)
        {
            return (m.Groups["named"].Value.Equals("midnight", StringComparison.OrdinalIgnoreCase) ? "00:00" : "12:00", offset);
        }

        var hour = RuleHelpers.Int(m.Groups["h"]);
        var minute = m.Groups["min"].Success ? RuleHelpers.Int(m.Groups["min"]) : 0;
        if (m.Groups["ampm"].Success)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            var pm = char.ToLowerInvariant(m.Groups["ampm"].Value[0]) == 'p';
            hour = (hour % 12) + (pm ? 12 : 0);
        }

        return hour > 23 ? null : (hour.ToString("D2", CultureInfo.InvariantCulture) + ":" + minute.ToString("D2", CultureInfo.InvariantCulture), offset);
    }
}
