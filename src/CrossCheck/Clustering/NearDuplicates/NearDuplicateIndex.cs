using System.Collections.Concurrent;
using CrossCheck.Clustering.Features;

namespace CrossCheck.Clustering.NearDuplicates;

/// <summary>Finds earlier articles that a new one copies or rewrites, in sub-linear time: exact copies by a hash
/// of the words; near copies by MinHash LSH banding (resemblance); rewrites embedded in or embedding a longer
/// text by a MOD-m shingle sample (containment, Broder 1997). Old articles leave with their segment.</summary>
internal sealed class NearDuplicateIndex(ClusteringOptions options)
{
    private static readonly ConcurrentDictionary<int, MinHasher> Hashers = new();
    private readonly List<NearDuplicateSegment> _segments = [new()];

    public int IndexedArticles => _segments.Sum(s => s.Count);

    /// <summary>Signature and containment sample of a profile, computed once and shared by Find and Add (or
    /// beforehand, on the profiling thread, by <see cref="ArticleProfiler.Build(Article, ClusteringOptions)"/>).</summary>
    public Sketch SketchOf(ArticleProfile profile)
    {
        if (profile.CopySketch is Sketch known && known.Fits(options))
        {
            return known;
        }

        return Compute(profile, options);
    }

    /// <summary>Computes the sketch of a profile under the given settings (pure: any thread may call it).</summary>
    internal static Sketch Compute(ArticleProfile profile, ClusteringOptions options)
    {
        var samples = new List<ulong>();
        foreach (var shingle in profile.Shingles)
        {
            if (shingle % (ulong)options.SampleModulus == 0)
            {
                samples.Add(shingle);
            }
        }

        var signature = Hashers.GetOrAdd(options.MinHashCount, count => new MinHasher(count)).Signature(profile.Shingles);
        var rows = Math.Max(1, options.MinHashCount / options.Bands);
        var bandKeys = new ulong[options.Bands];
        for (var band = 0; band < options.Bands; band++)
        {
            var key = (ulong)band * 0x9E3779B97F4A7C15UL;
            for (var row = band * rows; row < Math.Min(signature.Length, (band + 1) * rows); row++)
            {
                key = ProfileBuilder.Mix(key ^ signature[row]);
            }

            bandKeys[band] = key;
        }

        return new Sketch(signature, bandKeys, samples, options.MinHashCount, options.Bands, options.SampleModulus);
    }

    public List<NearDuplicateMatch> Find(ArticleProfile profile, Sketch sketch)
    {
        var matches = new List<NearDuplicateMatch>();
        if (profile.Shingles.Count == 0)
        {
            return matches;
        }

        foreach (var segment in _segments)
        {
            if (segment.TryGetExact(profile.ContentHash, out var copy))
            {
                matches.Add(new NearDuplicateMatch(copy, 1, 1, Exact: true));
            }
        }

        var exactCount = matches.Count;
        foreach (var segment in _segments)
        {
            segment.Query(sketch.BandKeys, sketch.Samples, (entry, common, banded) =>
            {
                if ((common < options.MinSharedSamples && !banded)
                    || (exactCount > 0 && matches.Exists(m => ReferenceEquals(m.Entry, entry))))
                {
                    return;
                }

                var resemblance = MinHasher.Resemblance(sketch.Signature, entry.Signature);
                var smaller = Math.Min(sketch.Samples.Count, entry.SampleCount);
                var overlap = smaller == 0 ? 0 : Math.Min(1.0, (double)common / smaller);
                if (resemblance >= options.ResemblanceThreshold
                    || (overlap >= options.OverlapThreshold && common >= options.MinSharedSamples))
                {
                    matches.Add(new NearDuplicateMatch(entry, resemblance, overlap, Exact: false));
                }
            });
        }

        return matches;
    }

    public NearDuplicateEntry Add(ArticleProfile profile, Sketch sketch)
    {
        var entry = new NearDuplicateEntry(profile.Id, profile.Sequence, profile.Published, sketch.Signature, sketch.Samples.Count);
        var current = _segments[^1];
        if (current.Count >= options.CopyIndexSegmentSize)
        {
            current = new NearDuplicateSegment();
            _segments.Add(current);
        }

        current.Add(entry, profile.ContentHash, sketch.BandKeys, sketch.Samples);
        return entry;
    }

    /// <summary>Drops segments beyond the size cap and segments whose newest article is older than the window.</summary>
    public void Expire(DateOnly? streamDate, int windowDays)
    {
        while (_segments.Count > options.CopyIndexMaxSegments)
        {
            _segments.RemoveAt(0);
        }

        while (_segments.Count > 1 && streamDate is { } now && _segments[0].LastPublished is { } last && last.AddDays(windowDays) < now)
        {
            _segments.RemoveAt(0);
        }
    }

    internal sealed record Sketch(ulong[] Signature, ulong[] BandKeys, List<ulong> Samples, int HashCount, int Bands, int SampleModulus)
    {
        public bool Fits(ClusteringOptions options) =>
            HashCount == options.MinHashCount && Bands == options.Bands && SampleModulus == options.SampleModulus;
    }
}
