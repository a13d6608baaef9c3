using System.Globalization;
using System.Text.RegularExpressions;

namespace CrossCheck.Analysis.Time;

internal static class RuleHelpers
{
    /// <summary>Month and weekday names count only when capitalised: "may" and "march" are ordinary words.</summary>
    public static bool IsCapitalised(Group group) => group.Success && group.Value.Length > 0 && char.IsUpper(group.Value[0]);

    public static int Int(Group group) => Text.DecimalDigits.Parse(group.ValueSpan);

    /// <summary>The group's words in lower case, separated by single spaces.</summary>
    public static string Lower(Group group) =>
        string.Join(' ', group.Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static TimexValue DayValue(DateOnly date, bool relative, string? partOfDay = null) =>
        partOfDay is null
            ? new TimexValue(TimexCalendar.Day(date), TimexType.Date, DateGranularity.Day, relative)
            : new TimexValue(TimexCalendar.Day(date) + "T" + partOfDay, TimexType.Time, DateGranularity.Time, relative);

    public static TimexValue Value(string value, DateGranularity granularity, bool relative) =>
        new(value, TimexType.Date, granularity, relative);

    /// <summary>-1 for "last/past/previous", +1 for "next/coming/following", 0 for "this/current/same".</summary>
    public static int? Shift(Group group)
    {
        if (!group.Success)
        {
            return null;
        }

        var word = Lower(group);
        if (word.StartsWith("the ", StringComparison.Ordinal))
        {
            word = word[4..];
        }

        return word switch
        {
            "last" or "past" or "previous" or "this past" or "preceding" or "prior" or "before" => -1,
            "next" or "coming" or "following" or "after" => 1,
            _ => 0,
        };
    }
}
