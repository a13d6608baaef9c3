using CrossCheck.Analysis;
using CrossCheck.Analysis.Claims;
using CrossCheck.Analysis.Entities;

namespace CrossCheck.Alignment;

/// <summary>A claim of the story with its alignable profile and its sentence embedding
/// (<see cref="AnalysedArticle.ClaimVectors"/>, read on first use: decision 210).</summary>
internal sealed record ClaimRecord(int Index, string ArticleId, Claim Claim, TextProfile Profile, ClaimVectorSlot VectorSlot)
{
    /// <summary>The claim's sentence embedding; set (tests) it replaces the slot with one holding that vector.</summary>
    public float[] Vector
    {
        get => VectorSlot.Vector;
        init => VectorSlot = ClaimVectorSlot.Holding(value);
    }
}

/// <summary>Where a claim's vector is: its position among its article's claims. The article's vectors are read when a
/// vector is first asked for, so a story whose claims are never compared (a report alone) never needs them.</summary>
internal sealed class ClaimVectorSlot
{
    private readonly AnalysedArticle? _article;
    private readonly int _position;
    private float[]? _vector;

    public ClaimVectorSlot(AnalysedArticle article, int position)
    {
        ArgumentNullException.ThrowIfNull(article);
        (_article, _position) = (article, position);
    }

    private ClaimVectorSlot(float[] vector) => _vector = vector;

    public float[] Vector => _vector ??= _article!.ClaimVectors[_position];

    /// <summary>A slot holding a given vector.</summary>
    public static ClaimVectorSlot Holding(float[] vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        return new ClaimVectorSlot(vector);
    }
}

/// <summary>Every claim of a story, profiled against the story's vocabulary.</summary>
internal sealed class StoryClaims
{
    private StoryClaims(IReadOnlyList<ClaimRecord> claims, StoryVocabulary vocabulary)
    {
        Claims = claims;
        Vocabulary = vocabulary;
    }

    public IReadOnlyList<ClaimRecord> Claims { get; }

    public StoryVocabulary Vocabulary { get; }

    public static StoryClaims Build(IReadOnlyList<AnalysedArticle> articles, EntityIndex entities, IWordRelatedness lexicon)
    {
        var extractor = new UnitExtractor(entities, lexicon, storyZone: ClockTimes.StoryZone(articles));
        var vocabulary = new StoryVocabulary();
        var raw = new List<(string ArticleId, Claim Claim, RawSpan Span, ClaimVectorSlot Vector)>();
        foreach (var article in articles)
        {
            for (var c = 0; c < article.Claims.Count; c++)
            {
                var claim = article.Claims[c];
                var span = extractor.Extract(article, claim.Start, claim.End, negation: claim.Negation);
                vocabulary.AddDocument(span);
                raw.Add((article.Article.Id, claim, span, new ClaimVectorSlot(article, c)));
            }
        }

        var numbering = new UnitNumbering();
        var records = raw
            .Select((r, i) =>
            {
                var profile = AttributionWeighting.Apply(vocabulary.Weigh(r.Span, numbering), r.Claim.Attribution);
                if (r.Claim.Negated && !profile.Negated && !r.Span.BackgroundNegation)
                {
                    profile = new TextProfile(profile.Units, true, ["negated"]);
                }

                return new ClaimRecord(i, r.ArticleId, r.Claim, profile, r.Vector);
            })
            .ToList();
        return new StoryClaims(records, vocabulary);
    }
}
