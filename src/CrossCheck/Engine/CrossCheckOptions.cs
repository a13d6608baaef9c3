using CrossCheck.Clustering;
using Microsoft.Extensions.Options;

namespace CrossCheck;

/// <summary>Settings of a <see cref="CrossCheckEngine"/>. The defaults are the calibrated values every figure in
/// docs/benchmarks.md was measured with; <see cref="Validate"/> rejects values a stage cannot work with.</summary>
public sealed class CrossCheckOptions
{
    /// <summary>Settings of story grouping: similarity thresholds and weights, the time decay, the near-duplicate
    /// (MinHash) index and the batch refinement pass.</summary>
    public ClusteringOptions Clustering { get; set; } = ClusteringOptions.Default;

    /// <summary>How many reports' worth of stories may be cross-checked ahead of the one being consumed: enough to
    /// keep every core busy behind a story of hundreds of reports, few enough that memory holds only that many
    /// reports' dossiers.</summary>
    public int ReportsAhead { get; set; } = 2000;

    /// <summary>Throws an <see cref="OptionsValidationException"/> naming every invalid setting.</summary>
    public void Validate()
    {
        var result = CrossCheckOptionsValidator.Instance.Validate(null, this);
        if (result.Failed)
        {
            throw new OptionsValidationException(Microsoft.Extensions.Options.Options.DefaultName, typeof(CrossCheckOptions), result.Failures);
        }
    }
}
