namespace CrossCheck.Evaluation;

/// <summary>What a section's precision and recall are computed from. Hits may be fractional (B³).
/// An empty denominator counts as 1.0: nothing to find, or nothing wrongly found.</summary>
public sealed record SectionCounts(double PrecisionHits, double Predicted, double RecallHits, double Gold)
{
    public static SectionCounts Empty { get; } = new(0, 0, 0, 0);

    /// <summary>Counts where the same hits serve both measures.</summary>
    public static SectionCounts Of(double hits, double predicted, double gold) => new(hits, predicted, hits, gold);

    public double Precision => Predicted == 0 ? 1.0 : PrecisionHits / Predicted;

    public double Recall => Gold == 0 ? 1.0 : RecallHits / Gold;

    public double F1 => Precision + Recall == 0 ? 0.0 : 2 * Precision * Recall / (Precision + Recall);

    public SectionCounts Add(SectionCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(PrecisionHits + other.PrecisionHits, Predicted + other.Predicted, RecallHits + other.RecallHits, Gold + other.Gold);
    }
}
