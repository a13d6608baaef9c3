using CrossCheck.Analysis;
using CrossCheck.Analysis.Claims;
using CrossCheck.Analysis.Entities;

namespace CrossCheck.Alignment;

/// <summary>A claim of the story with its alignable profile and its sentence embedding
/// (<see cref="AnalysedArticle.ClaimVectors"/>).</summary>
internal sealed record ClaimRecord(int Index, string ArticleId, Claim Claim, TextProfile Profile, float[] Vector);

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
        var raw = new List<(string ArticleId, Claim Claim, RawSpan Span, float[] Vector)>();
        foreach (var article in articles)
        {
            var vectors = article.ClaimVectors;
            for (var c = 0; c < article.Claims.Count; c++)
            {
                var claim = article.Claims[c];
                var span = extractor.Extract(article, claim.Start, claim.End, negation: claim.Negation);
                vocabulary.AddDocument(span);
                raw.Add((article.Article.Id, claim, span, vectors[c]));
            }
        }

        var numbering = new UnitNumbering();
        var records = raw
            .Select((r, i) =>
            {
                var profile = AttributionWeighting.Apply(vocabulary.Weigh(r.Span, numbering), r.Claim.Attribution);
                if (r.Claim.Negated && !profile.Negated)
                {
                    profile = new TextProfile(profile.Units, true, ["negated"]);
                }

                return new ClaimRecord(i, r.ArticleId, r.Claim, profile, r.Vector);
            })
            .ToList();
        return new StoryClaims(records, vocabulary);
    }
}
