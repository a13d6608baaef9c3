using CrossCheck.Clustering;
using CrossCheck.Clustering.Refinement;
using Microsoft.Extensions.Options;

namespace CrossCheck;

/// <summary>Checks <see cref="CrossCheckOptions"/> (and the clustering, near-duplicate and refinement settings it
/// carries) for values a stage cannot work with: a zero that is divided by, a share outside 0..1, a count below one.</summary>
internal sealed class CrossCheckOptionsValidator : IValidateOptions<CrossCheckOptions>
{
    public static CrossCheckOptionsValidator Instance { get; } = new();

    public ValidateOptionsResult Validate(string? name, CrossCheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        AtLeast(failures, nameof(options.ReportsAhead), options.ReportsAhead, 1);
        if (options.Clustering is null)
        {
            failures.Add("Clustering is required.");
        }
        else
        {
            Clustering(failures, options.Clustering);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Clustering(List<string> failures, ClusteringOptions c)
    {
        const string At = "Clustering.";
        Share(failures, At + nameof(c.JoinThreshold), c.JoinThreshold);
        Share(failures, At + nameof(c.MergeThreshold), c.MergeThreshold);
        Share(failures, At + nameof(c.NameConflictPenalty), c.NameConflictPenalty);
        if (c.Weights is null)
        {
            failures.Add(At + "Weights is required.");
        }
        else
        {
            NonNegative(failures, At + "Weights.Title", c.Weights.Title);
            NonNegative(failures, At + "Weights.Entities", c.Weights.Entities);
            NonNegative(failures, At + "Weights.EventDates", c.Weights.EventDates);
        }

        AtLeast(failures, At + nameof(c.CandidateStories), c.CandidateStories, 1);
        AtLeast(failures, At + nameof(c.QueryTerms), c.QueryTerms, 1);
        Positive(failures, At + nameof(c.DecayDays), c.DecayDays);
        AtLeast(failures, At + nameof(c.WindowDays), c.WindowDays, 1);
        AtLeast(failures, At + nameof(c.RetireAfterArticles), c.RetireAfterArticles, 1);
        AtLeast(failures, At + nameof(c.MinContentWords), c.MinContentWords, 0);
        NearDuplicates(failures, c);
        if (c.Refinement is { } refinement)
        {
            Refinement(failures, refinement);
        }
    }

    /// <summary>The MinHash/LSH copy index: rows per band = MinHashCount / Bands, shingles sampled modulo SampleModulus.</summary>
    private static void NearDuplicates(List<string> failures, ClusteringOptions c)
    {
        const string At = "Clustering.";
        AtLeast(failures, At + nameof(c.MinHashCount), c.MinHashCount, 1);
        AtLeast(failures, At + nameof(c.Bands), c.Bands, 1);
        if (c.Bands > c.MinHashCount && c.MinHashCount >= 1)
        {
            failures.Add($"{At}{nameof(c.Bands)} ({c.Bands}) must not exceed {nameof(c.MinHashCount)} ({c.MinHashCount}): each band needs at least one row.");
        }

        AtLeast(failures, At + nameof(c.SampleModulus), c.SampleModulus, 1);
        Share(failures, At + nameof(c.ResemblanceThreshold), c.ResemblanceThreshold);
        Share(failures, At + nameof(c.OverlapThreshold), c.OverlapThreshold);
        AtLeast(failures, At + nameof(c.MinSharedSamples), c.MinSharedSamples, 0);
        AtLeast(failures, At + nameof(c.CopyIndexSegmentSize), c.CopyIndexSegmentSize, 1);
        AtLeast(failures, At + nameof(c.CopyIndexMaxSegments), c.CopyIndexMaxSegments, 1);
    }

    private static void Refinement(List<string> failures, RefinementOptions r)
    {
        const string At = "Clustering.Refinement.";
        NonNegative(failures, At + nameof(r.SplitRatio), r.SplitRatio);
        AtLeast(failures, At + nameof(r.MinSplitPart), r.MinSplitPart, 1);
        AtLeast(failures, At + nameof(r.MaxSplitSize), r.MaxSplitSize, 0);
        AtLeast(failures, At + nameof(r.AttachMaxSize), r.AttachMaxSize, 0);
        Share(failures, At + nameof(r.AttachThreshold), r.AttachThreshold);
        AtLeast(failures, At + nameof(r.MoveRounds), r.MoveRounds, 0);
        Share(failures, At + nameof(r.MoveThreshold), r.MoveThreshold);
        NonNegative(failures, At + nameof(r.NameWeight), r.NameWeight);
    }

    private static void AtLeast(List<string> failures, string name, long value, long minimum)
    {
        if (value < minimum)
        {
            failures.Add($"{name} must be at least {minimum} (was {value}).");
        }
    }

    private static void Share(List<string> failures, string name, double value)
    {
        if (!(value is >= 0 and <= 1))
        {
            failures.Add($"{name} must be between 0 and 1 (was {Show(value)}).");
        }
    }

    private static void NonNegative(List<string> failures, string name, double value)
    {
        if (!(value >= 0) || double.IsInfinity(value))
        {
            failures.Add($"{name} must be a finite number of at least 0 (was {Show(value)}).");
        }
    }

    private static void Positive(List<string> failures, string name, double value)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            failures.Add($"{name} must be a finite number above 0 (was {Show(value)}).");
        }
    }

    private static string Show(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
