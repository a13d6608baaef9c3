namespace CrossCheck.Analysis.Time;

/// <summary>Which way an underspecified expression ("Friday", "in March") should be resolved.</summary>
internal enum TenseDirection
{
    Unknown,
    Past,
    Future,
}

/// <summary>The last date mentioned in the text: the anchor of anaphoric expressions ("the next day").
/// <see cref="Period"/> is the business period it names ("1998-Q3", "1998-H1"), if any, so that "the year-ago
/// quarter" and "a year earlier" after it keep its granularity.</summary>
internal sealed record AnchorDate(DateOnly Date, DateGranularity Granularity, string? Period = null);

/// <summary>What a rule may use to resolve an expression: the document (publication) date, the date mentioned
/// just before, and the tense around the expression.</summary>
internal sealed record TimexContext(DateOnly? Reference, AnchorDate? Anchor, TenseDirection Tense)
{
    /// <summary>The anchor for an anaphoric expression of the given unit: the last mention if it is at least
    /// that precise, otherwise the reference date.</summary>
    public DateOnly? AnchorFor(DateGranularity unit) =>
        Anchor is { } anchor && anchor.Granularity <= unit ? anchor.Date : Reference;

    /// <summary>The year to complete a partial date with when no reference date is known.</summary>
    public int? AnchorYear => Anchor?.Date.Year ?? Reference?.Year;
}
