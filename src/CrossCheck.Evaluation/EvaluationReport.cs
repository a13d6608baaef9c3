namespace CrossCheck.Evaluation;

/// <summary>The scores of one <c>eval</c> run: every section over all gold stories (micro average), the
/// overall figure (mean F1 of the sections), the same per story, and why each miss or false alarm counted.</summary>
public sealed record EvaluationReport(
    IReadOnlyList<SectionScore> Sections,
    double Overall,
    IReadOnlyList<StoryScore> Stories,
    IReadOnlyList<EvaluationIssue> Issues);

/// <summary>One gold story's sections.</summary>
public sealed record StoryScore(string Story, IReadOnlyList<SectionScore> Sections, double Overall);

/// <summary>A section's measures and the counts behind them (hits may be fractional for B³).</summary>
public sealed record SectionScore(
    string Section,
    double Precision,
    double Recall,
    double F1,
    double PrecisionHits,
    double Predicted,
    double RecallHits,
    double Gold)
{
    public static SectionScore From(string section, SectionCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return new(
            section,
            Math.Round(counts.Precision, 4),
            Math.Round(counts.Recall, 4),
            Math.Round(counts.F1, 4),
            Math.Round(counts.PrecisionHits, 4),
            counts.Predicted,
            Math.Round(counts.RecallHits, 4),
            counts.Gold);
    }
}
