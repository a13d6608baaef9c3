using CrossCheck.Analysis;
using CrossCheck.Analysis.Claims;
using CrossCheck.Analysis.Entities;

namespace CrossCheck.Alignment;

/// <summary>A claim of the story with its alignable profile.</summary>
internal sealed record ClaimRecord(int Index, string ArticleId, Claim Claim, TextProfile Profile);

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
        var extractor = new UnitExtractor(entities, lexicon);
        var vocabulary = new StoryVocabulary();
        var raw = new List<(string ArticleId, Claim Claim, RawSpan Span)>();
        foreach (var article in articles)
        {
            foreach (var claim in article.Claims)
            {
                var span = extractor.Extract(article, claim.Start, claim.End, negation: claim.Negation);
                vocabulary.AddDocument(span);
                raw.Add((article.Article.Id, claim, span));
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

                return new ClaimRecord(i, r.ArticleId, r.Claim, profile);
            })
            .ToList();
        return new StoryClaims(records, vocabulary);
    }
}
