namespace CrossCheck.Clustering.Features;

/// <summary>What the clusterer knows about one article once its text has been read: weighted term counts for
/// the title and the body, entity-like names, dates of the event it mentions, and the word shingles used to
/// find copies. Term keys are 64-bit hashes (see <see cref="TermHash"/>).</summary>
internal sealed class ArticleProfile
{
    internal ArticleProfile(
        string id,
        long sequence,
        DateOnly? published,
        string? outlet,
        Dictionary<ulong, float> titleTerms,
        Dictionary<ulong, float> bodyTerms,
        Dictionary<ulong, float> entities,
        Dictionary<ulong, float> eventDates,
        ulong[] shingles,
        ulong contentHash,
        int contentWordCount,
        bool looksEnglish)
    {
        Id = id;
        Sequence = sequence;
        Published = published;
        Outlet = outlet;
        TitleTerms = titleTerms;
        BodyTerms = bodyTerms;
        Entities = entities;
        EventDates = eventDates;
        Shingles = shingles;
        ContentHash = contentHash;
        ContentWordCount = contentWordCount;
        LooksEnglish = looksEnglish;
    }

    public string Id { get; }

    /// <summary>The same profile at another arrival position (vectors are shared, not copied).</summary>
    internal ArticleProfile WithSequence(long sequence) =>
        new(Id, sequence, Published, Outlet, (Dictionary<ulong, float>)TitleTerms, (Dictionary<ulong, float>)BodyTerms,
            (Dictionary<ulong, float>)Entities, (Dictionary<ulong, float>)EventDates, (ulong[])Shingles, ContentHash, ContentWordCount, LooksEnglish)
        {
            AttributedOutlets = AttributedOutlets,
            Embedding = Embedding,
            CopySketch = CopySketch,
            PrincipalName = PrincipalName,
        };

    /// <summary>Arrival order in the stream (input order in a batch): breaks ties between equal dates.</summary>
    public long Sequence { get; }

    public DateOnly? Published { get; }

    public string? Outlet { get; }

    public IReadOnlyDictionary<ulong, float> TitleTerms { get; }

    public IReadOnlyDictionary<ulong, float> BodyTerms { get; }

    public IReadOnlyDictionary<ulong, float> Entities { get; }

    /// <summary>Dates the text mentions, keyed by day, month or year, weighted by how precise they are.</summary>
    public IReadOnlyDictionary<ulong, float> EventDates { get; }

    /// <summary>Distinct hashes of the word 3-grams of title and body (stop words included).</summary>
    public IReadOnlyList<ulong> Shingles { get; }

    /// <summary>Hash of the normalised words of the whole text: equal for exact copies.</summary>
    public ulong ContentHash { get; }

    /// <summary>Words that are neither stop words nor punctuation: too few and the article cannot be placed.</summary>
    public int ContentWordCount { get; }

    /// <summary>False when almost none of the words are English function words (another language):
    /// such an article is only compared with stories of the same kind.</summary>
    public bool LooksEnglish { get; }

    /// <summary>Attribution phrases found in the text ("according to Reuters"), normalised; filled by the builder.</summary>
    public IReadOnlyList<string> AttributedOutlets { get; internal init; } = [];

    /// <summary>Per-article scratch of the similarity in use (e.g. IDF-weighted vectors), computed on first use.
    /// Not carried over by <see cref="WithSequence"/>: each clusterer weighs its own copy.</summary>
    internal object? SimilarityCache { get; set; }

    /// <summary>Entity key of the person or thing the article is mostly about: the last word of its most
    /// mentioned full name (mentioned at least twice), or null.</summary>
    public ulong? PrincipalName { get; internal init; }

    /// <summary>MinHash signature, band keys and containment sample, when computed ahead (immutable, so shared).</summary>
    internal object? CopySketch { get; set; }

    /// <summary>Optional dense vector from a sentence-embedding model, for an embedding-based <see cref="Online.IArticleSimilarity"/>.</summary>
    public IReadOnlyList<float>? Embedding { get; init; }
}
