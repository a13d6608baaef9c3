namespace CrossCheck.Analysis.Time;

/// <summary>All recognition rules, most specific first: when two matches are equally long the earlier rule wins.</summary>
internal static class TimexRules
{
    public static IReadOnlyList<TimexRule> All { get; } = Numbered(
    [
        new("iso-date", TimexPatterns.IsoDate(), AbsoluteRules.IsoDate) { CarriesDay = true },
        new("numeric-date", TimexPatterns.NumericDate(), AbsoluteRules.NumericDate) { CarriesDay = true },
        new("month-day", TimexPatterns.MonthDay(), AbsoluteRules.MonthAndDay) { CarriesDay = true },
        new("day-month", TimexPatterns.DayMonth(), AbsoluteRules.MonthAndDay) { CarriesDay = true },
        new("month-year", TimexPatterns.MonthYear(), AbsoluteRules.MonthYear),
        new("season", TimexPatterns.Season(), DeicticRules.Season),
        new("month", TimexPatterns.MonthAlone(), DeicticRules.MonthAlone),
        new("decade", TimexPatterns.Decade(), AbsoluteRules.Decade),
        new("century", TimexPatterns.Century(), AbsoluteRules.Century),
        new("year-range-tail", TimexPatterns.YearRangeTail(), AbsoluteRules.YearRangeTail),
        new("year", TimexPatterns.YearAlone(), AbsoluteRules.YearAlone),
        new("two-digit-year", TimexPatterns.TwoDigitYear(), AbsoluteRules.TwoDigitYear),
        new("deictic-day", TimexPatterns.DeicticDay(), DeicticRules.DeicticDay) { CarriesDay = true },
        new("weekday", TimexPatterns.Weekday(), DeicticRules.Weekday) { CarriesDay = true },
        new("relative-unit", TimexPatterns.RelativeUnit(), DeicticRules.RelativeUnit),
        new("anaphoric", TimexPatterns.Anaphoric(), AnaphoricRules.Anaphoric) { CarriesDay = true },
        new("ago-later", TimexPatterns.AgoLater(), AnaphoricRules.AgoLater),
        new("part-of-anchor", TimexPatterns.PartOfAnchor(), AnaphoricRules.PartOfAnchor),
        new("duration", TimexPatterns.Duration(), DurationRules.Duration),
        new("clock-am-pm", TimexPatterns.ClockAmPm(), ClockRules.Clock) { IsClock = true },
        new("clock-24", TimexPatterns.Clock24(), ClockRules.Clock) { IsClock = true },
        new("named-time", TimexPatterns.NamedTime(), ClockRules.Clock) { IsClock = true },
        new("set", TimexPatterns.Set(), DurationRules.Set),
        new("reference", TimexPatterns.Reference(), DurationRules.Reference),
    ]);

    private static TimexRule[] Numbered(TimexRule[] rules) =>
        rules.Select((rule, index) => rule with { Priority = index }).ToArray();
}
