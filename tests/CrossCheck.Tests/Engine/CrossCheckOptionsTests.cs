using CrossCheck.Clustering;
using CrossCheck.Clustering.Online;
using CrossCheck.Clustering.Refinement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CrossCheck.Tests.Engine;

public sealed class CrossCheckOptionsTests
{
    private static CrossCheckOptions With(ClusteringOptions clustering) => new() { Clustering = clustering };

    private static string FailureOf(CrossCheckOptions options) =>
        Assert.Throws<OptionsValidationException>(options.Validate).Message;

    [Fact]
    public void The_default_options_are_valid()
    {
        new CrossCheckOptions().Validate();
        Assert.False(CrossCheckOptionsValidator.Instance.Validate(null, new CrossCheckOptions()).Failed);
    }

    [Fact]
    public void Zero_bands_are_rejected_rather_than_divided_by()
    {
        Assert.Contains("Clustering.Bands must be at least 1 (was 0)", FailureOf(With(ClusteringOptions.Default with { Bands = 0 })), StringComparison.Ordinal);
    }

    [Fact]
    public void More_bands_than_hashes_are_rejected()
    {
        Assert.Contains("Clustering.Bands (65) must not exceed MinHashCount (64)", FailureOf(With(ClusteringOptions.Default with { Bands = 65 })), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SampleModulus")]
    [InlineData("MinHashCount")]
    [InlineData("CandidateStories")]
    [InlineData("QueryTerms")]
    [InlineData("WindowDays")]
    [InlineData("CopyIndexSegmentSize")]
    [InlineData("CopyIndexMaxSegments")]
    public void Counts_that_must_be_positive_are_rejected_at_zero(string name)
    {
        var clustering = name switch
        {
            "SampleModulus" => ClusteringOptions.Default with { SampleModulus = 0 },
            "MinHashCount" => ClusteringOptions.Default with { MinHashCount = 0 },
            "CandidateStories" => ClusteringOptions.Default with { CandidateStories = 0 },
            "QueryTerms" => ClusteringOptions.Default with { QueryTerms = 0 },
            "WindowDays" => ClusteringOptions.Default with { WindowDays = 0 },
            "CopyIndexSegmentSize" => ClusteringOptions.Default with { CopyIndexSegmentSize = 0 },
            _ => ClusteringOptions.Default with { CopyIndexMaxSegments = 0 },
        };
        Assert.Contains($"Clustering.{name} must be at least 1", FailureOf(With(clustering)), StringComparison.Ordinal);
    }

    [Fact]
    public void Thresholds_outside_zero_to_one_and_not_a_number_are_rejected()
    {
        var message = FailureOf(With(ClusteringOptions.Default with
        {
            JoinThreshold = double.NaN,
            MergeThreshold = 1.5,
            ResemblanceThreshold = -0.1,
        }));
        Assert.Contains("Clustering.JoinThreshold must be between 0 and 1 (was NaN)", message, StringComparison.Ordinal);
        Assert.Contains("Clustering.MergeThreshold must be between 0 and 1 (was 1.5)", message, StringComparison.Ordinal);
        Assert.Contains("Clustering.ResemblanceThreshold must be between 0 and 1 (was -0.1)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decay_days_and_weights_are_checked()
    {
        var message = FailureOf(With(ClusteringOptions.Default with { DecayDays = 0, Weights = new SimilarityWeights(-1, 0.4, double.PositiveInfinity) }));
        Assert.Contains("Clustering.DecayDays must be a finite number above 0", message, StringComparison.Ordinal);
        Assert.Contains("Clustering.Weights.Title must be a finite number of at least 0", message, StringComparison.Ordinal);
        Assert.Contains("Clustering.Weights.EventDates must be a finite number of at least 0", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refinement_settings_are_checked_and_no_refinement_is_valid()
    {
        var refinement = RefinementOptions.Default with { MinSplitPart = 0, AttachThreshold = 2, MoveRounds = -1 };
        var message = FailureOf(With(ClusteringOptions.Default with { Refinement = refinement }));
        Assert.Contains("Clustering.Refinement.MinSplitPart must be at least 1", message, StringComparison.Ordinal);
        Assert.Contains("Clustering.Refinement.AttachThreshold must be between 0 and 1", message, StringComparison.Ordinal);
        Assert.Contains("Clustering.Refinement.MoveRounds must be at least 0", message, StringComparison.Ordinal);
        With(ClusteringOptions.Default with { Refinement = null }).Validate();
    }

    [Fact]
    public void Reports_ahead_must_be_at_least_one_and_a_missing_clustering_is_named()
    {
        var message = FailureOf(new CrossCheckOptions { ReportsAhead = 0, Clustering = null! });
        Assert.Contains("ReportsAhead must be at least 1 (was 0)", message, StringComparison.Ordinal);
        Assert.Contains("Clustering is required", message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_engine_is_not_built_from_invalid_options()
    {
        Assert.Throws<OptionsValidationException>(() => new CrossCheckEngine(With(ClusteringOptions.Default with { Bands = 0 })));
    }

    [Fact]
    public void A_host_gets_the_validated_options_and_one_engine()
    {
        var services = new ServiceCollection();
        services.AddCrossCheck(o => o.ReportsAhead = 10);
        using var provider = services.BuildServiceProvider();

        var engine = provider.GetRequiredService<CrossCheckEngine>();

        Assert.Same(engine, provider.GetRequiredService<CrossCheckEngine>());
        Assert.Equal(10, engine.Options.ReportsAhead);
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void A_host_with_invalid_options_fails_when_the_options_are_read()
    {
        var services = new ServiceCollection();
        services.AddCrossCheck(o => o.Clustering = ClusteringOptions.Default with { Bands = 0 });
        using var provider = services.BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<CrossCheckEngine>());

        Assert.Contains("Clustering.Bands", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_keeps_its_own_clock()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddCrossCheck();
        using var provider = services.BuildServiceProvider();

        Assert.Same(clock, provider.GetRequiredService<TimeProvider>());
    }
}
