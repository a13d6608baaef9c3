using System.Text.RegularExpressions;

namespace CrossCheck.Analysis.Time;

/// <summary>One recognition rule: a compiled pattern and the normaliser for its matches (null: not a time
/// expression after all, or not resolvable without an anchor).</summary>
internal sealed record TimexRule(string Name, Regex Pattern, Func<Match, TimexContext, TimexValue?> Normalize)
{
    /// <summary>True when the rule's values are calendar days a clock time can be attached to.</summary>
    public bool CarriesDay { get; init; }

    /// <summary>True for the clock-time rules, whose matches attach to a neighbouring day.</summary>
    public bool IsClock { get; init; }

    /// <summary>True when a modifier right before a match ("early", "mid-", "the end of") belongs to the expression.</summary>
    public bool TakesModifier { get; init; }

    /// <summary>Position in <see cref="TimexRules.All"/>: the earlier rule wins between equally long matches.</summary>
    public int Priority { get; init; }
}

/// <summary>A recognised span and the match that found it, with the clock time merged into it, if any.</summary>
internal sealed record TimexCandidate(int Start, int End, TimexRule Rule, Match Match)
{
    public Match? Clock { get; init; }

    public int Length => End - Start;
}
