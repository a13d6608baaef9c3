namespace CrossCheck.Analysis.Time;

/// <summary>All recognition rules, most specific first: when two matches are equally long the earlier rule wins.</summary>
internal static class TimexRules
{
    public static IReadOnlyList<TimexRule> All { get; } = Numbered(
    [
        new("iso-date", TimexPatterns.IsoDate(), AbsoluteRules.IsoDate) { CarriesDay = true, TakesModifier = true },
        new("numeric-date", TimexPatterns.NumericDate(), AbsoluteRules.NumericDate) { CarriesDay = true, TakesModifier = true },
        new("month-day", TimexPatterns.MonthDay(), AbsoluteRules.MonthAndDay) { CarriesDay = true, TakesModifier = true },
        new("day-month", TimexPatterns.DayMonth(), AbsoluteRules.MonthAndDay) { CarriesDay = true, TakesModifier = true },
        new("month-year", TimexPatterns.MonthYear(), AbsoluteRules.MonthYear) { TakesModifier = true },
        new("ordinal-period", TimexPatterns.OrdinalPeriod(), PeriodRules.OrdinalPeriod),
        new("period-code", TimexPatterns.PeriodCode(), PeriodRules.PeriodCode),
        new("fiscal-year", TimexPatterns.FiscalYear(), PeriodRules.FiscalYear),
        new("year-ago-period", TimexPatterns.YearAgoPeriod(), PeriodRules.YearAgoPeriod),
        new("year-part", TimexPatterns.YearPart(), PeriodRules.YearPart),
        new("reported-quarter", TimexPatterns.ReportedQuarter(), PeriodRules.ReportedQuarter),
        new("the-unit", TimexPatterns.TheUnit(), PeriodRules.TheUnit),
        new("season", TimexPatterns.Season(), DeicticRules.Season),
        new("month", TimexPatterns.MonthAlone(), DeicticRules.MonthAlone),
        new("decade", TimexPatterns.Decade(), AbsoluteRules.Decade) { TakesModifier = true },
        new("century", TimexPatterns.Century(), AbsoluteRules.Century) { TakesModifier = true },
        new("year-range-tail", TimexPatterns.YearRangeTail(), AbsoluteRules.YearRangeTail),
        new("year", TimexPatterns.YearAlone(), AbsoluteRules.YearAlone) { TakesModifier = true },
        new("two-digit-year", TimexPatterns.TwoDigitYear(), AbsoluteRules.TwoDigitYear) { TakesModifier = true },
        new("deictic-day", TimexPatterns.DeicticDay(), DeicticRules.DeicticDay) { CarriesDay = true, TakesModifier = true },
        new("weekday", TimexPatterns.Weekday(), DeicticRules.Weekday) { CarriesDay = true, TakesModifier = true },
        new("span-of-one-unit", TimexPatterns.SpanOfOneUnit(), DurationRules.OneUnit),
        new("relative-unit", TimexPatterns.RelativeUnit(), DeicticRules.RelativeUnit),
        new("bare-weekend", TimexPatterns.BareWeekend(), DeicticRules.BareWeekend),
        new("anaphoric", TimexPatterns.Anaphoric(), AnaphoricRules.Anaphoric) { CarriesDay = true },
        new("ago-later", TimexPatterns.AgoLater(), AnaphoricRules.AgoLater),
        new("part-of-anchor", TimexPatterns.PartOfAnchor(), AnaphoricRules.PartOfAnchor),
        new("duration", TimexPatterns.Duration(), DurationRules.Duration),
        new("clock-am-pm", TimexPatterns.ClockAmPm(), ClockRules.Clock) { IsClock = true },
        new("clock-24", TimexPatterns.Clock24(), ClockRules.Clock) { IsClock = true },
        new("clock-zoned", TimexPatterns.ClockZoned(), ClockRules.Clock) { IsClock = true },
        new("named-time", TimexPatterns.NamedTime(), ClockRules.Clock) { IsClock = true },
        new("set", TimexPatterns.Set(), DurationRules.Set),
        new("reference", TimexPatterns.Reference(), DurationRules.Reference),
    ]);

    private static TimexRule[] Numbered(TimexRule[] rules) =>
        rules.Select((rule, index) => rule with { Priority = index }).ToArray();
}
