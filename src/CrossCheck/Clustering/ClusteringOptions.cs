using CrossCheck.Clustering.Online;
using CrossCheck.Clustering.Refinement;

namespace CrossCheck.Clustering;

/// <summary>Settings of the story clusterer. The similarity weights and the join/merge thresholds are the values
/// calibrated on the ECB+ development topics (bench/clustering, docs/decisions.md ## Clustering); the time
/// settings were set on the synthetic 30-day stream.</summary>
public sealed record ClusteringOptions
{
    public static ClusteringOptions Default { get; } = new();

    /// <summary>An article joins the most similar active story when the similarity reaches this.</summary>
    public double JoinThreshold { get; init; } = 0.21;

    /// <summary>Two active stories merge when an article is close to both and the stories reach this.</summary>
    public double MergeThreshold { get; init; } = 0.45;

    public SimilarityWeights Weights { get; init; } = new(Title: 0.15, Entities: 0.4, EventDates: 0.1);

    /// <summary>Similarity is scaled by 1 − this when the article's principal name is absent from the story and
    /// the story's from the article (<see cref="Online.PrincipalNameConflict"/>). Off: on ECB+ it helped the
    /// whole corpus by 0.002 B³ F1 but lowered each half of the topics clustered on its own (docs/decisions.md).</summary>
    public double NameConflictPenalty { get; init; }

    /// <summary>How many candidate stories (found through shared discriminative terms) are scored in full.</summary>
    public int CandidateStories { get; init; } = 12;

    /// <summary>How many of an article's highest-weighted terms and names are used to look up candidates.</summary>
    public int QueryTerms { get; init; } = 16;

    /// <summary>Similarity is multiplied by exp(-gap / DecayDays) for a gap in days between the article's
    /// publication date and the story's latest one.</summary>
    public double DecayDays { get; init; } = 4;

    /// <summary>A story not updated for this many days of stream time is retired from the active index.</summary>
    public int WindowDays { get; init; } = 5;

    /// <summary>False keeps every story active (a bounded batch: an undated article fed last can still join any
    /// story); true retires idle stories so an endless stream runs in bounded memory.</summary>
    public bool RetireIdleStories { get; init; } = true;

    /// <summary>For undated streams: a story not updated for this many arrivals is retired.</summary>
    public long RetireAfterArticles { get; init; } = 50_000;

    /// <summary>Fewer content words than this and an article cannot be placed by its words: it stays alone
    /// unless it is a copy of another article.</summary>
    public int MinContentWords { get; init; } = 5;

    /// <summary>Second pass over a bounded batch (<see cref="StoryGrouper"/>) once every article is placed;
    /// null leaves the online result as it is. A stream never gets it: its stories are final when retired.</summary>
    public RefinementOptions? Refinement { get; init; } = RefinementOptions.Default;

    public int MinHashCount { get; init; } = 64;

    /// <summary>LSH bands over the MinHash signature (rows = MinHashCount / Bands): 16 × 4 finds pairs with
    /// resemblance ≳ 0.5 with high probability.</summary>
    public int Bands { get; init; } = 16;

    /// <summary>A shingle enters the containment sample when its hash is 0 modulo this (Broder's MOD-m sketch).</summary>
    public int SampleModulus { get; init; } = 4;

    /// <summary>Resemblance (Jaccard estimate) at which an article is a copy of an earlier one.</summary>
    public double ResemblanceThreshold { get; init; } = 0.5;

    /// <summary>Share of the smaller article's sampled shingles found in the other at which it is a rewrite.</summary>
    public double OverlapThreshold { get; init; } = 0.5;

    public int MinSharedSamples { get; init; } = 4;

    /// <summary>Articles per copy-index segment. Every query probes every segment, so fewer, larger segments cost
    /// fewer lookups; 8,192 × 6 holds the same 49,152 recent articles as 4,096 × 12 did.</summary>
    public int CopyIndexSegmentSize { get; init; } = 8192;

    /// <summary>At most this many segments of recent articles are searched for copies (bounds memory).</summary>
    public int CopyIndexMaxSegments { get; init; } = 6;
}
