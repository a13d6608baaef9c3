namespace CrossCheck.Clustering.Refinement;

/// <summary>Settings of the batch refinement pass (<see cref="StoryRefiner"/>), calibrated on ECB+ with the
/// topics split in two halves (bench/clustering, docs/decisions.md ## Batch refinement).</summary>
public sealed record RefinementOptions
{
    public static RefinementOptions Default { get; } = new();

    /// <summary>A story splits when average similarity across its two halves is below this share of the average
    /// similarity within them.</summary>
    public double SplitRatio { get; init; } = 0.7;

    /// <summary>Each half of a split keeps at least this many independent reports.</summary>
    public int MinSplitPart { get; init; } = 4;

    /// <summary>Stories with more independent reports than this are not tested for a split (pairwise cost).</summary>
    public int MaxSplitSize { get; init; } = 400;

    /// <summary>Stories of at most this many independent reports join the closest larger story whose centroid
    /// reaches <see cref="AttachThreshold"/>.</summary>
    public int AttachMaxSize { get; init; } = 3;

    public double AttachThreshold { get; init; } = 0.2;

    /// <summary>Rounds of moving each report to the story whose centroid (without it) is closest.</summary>
    public int MoveRounds { get; init; } = 3;

    /// <summary>A report moves only to a story it is at least this close to.</summary>
    public double MoveThreshold { get; init; } = 0.2;

    /// <summary>Weight of a name relative to a word in the article vectors.</summary>
    public double NameWeight { get; init; } = 2;
}
