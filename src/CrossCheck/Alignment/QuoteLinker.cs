using CrossCheck.Analysis;
using CrossCheck.Analysis.Entities;
using CrossCheck.Analysis.Quotes;
using CrossCheck.Text;

namespace CrossCheck.Alignment;

/// <summary>A quote located in its article.</summary>
public sealed record LocatedQuote(string ArticleId, QuoteMention Quote);

/// <summary>Two renderings of the same utterance in different articles, with how close their wording is.</summary>
public sealed record QuoteLink(LocatedQuote First, LocatedQuote Second, double Similarity, bool IdenticalWording);

/// <summary>Links quotes of different articles that render the same utterance: the same speaker, overlapping
/// context (the sentences around both quotes align) and comparable wording. Each quote links to at most one
/// quote of each other article unless the wording itself shows they are one utterance, so different
/// statements of one speaker stay apart.</summary>
public static class QuoteLinker
{
    public static IReadOnlyList<QuoteLink> Link(IReadOnlyList<AnalysedArticle> articles, EntityIndex entities) =>
        Link(articles, entities, LexiconRelatedness.Default);

    public static IReadOnlyList<QuoteLink> Link(IReadOnlyList<AnalysedArticle> articles, EntityIndex entities, IWordRelatedness lexicon)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(lexicon);
        if (articles.Sum(a => a.Quotes.Count) < 2)
        {
            return [];
        }

        var extractor = new UnitExtractor(entities, lexicon);
        var vocabulary = SentenceVocabulary(articles, extractor);
        var profiler = new QuoteProfiler(entities, extractor, lexicon, vocabulary);
        var quotes = articles
            .SelectMany(a => a.Quotes.Where(q => q.Speaker is not null).Select(q => profiler.Profile(a, q)))
            .ToList();
        var scorer = new QuotePairScorer(new UnitMatcher(lexicon));
        var candidates = new List<QuotePairScore>();
        for (var i = 0; i < quotes.Count; i++)
        {
            for (var j = i + 1; j < quotes.Count; j++)
            {
                if (!string.Equals(quotes[i].Located.ArticleId, quotes[j].Located.ArticleId, StringComparison.Ordinal)
                    && SameSpeaker(quotes[i], quotes[j])
                    && scorer.Score(quotes[i], quotes[j]) is { } score)
                {
                    candidates.Add(score);
                }
            }
        }

        return Assign(candidates);
    }

    /// <summary>Best pairs first; a quote already linked into the other article takes a further link there only
    /// when the wording alone shows the same utterance (a long quote and a fragment of it).</summary>
    private static List<QuoteLink> Assign(List<QuotePairScore> candidates)
    {
        var links = new List<QuoteLink>();
        var linkedInto = new HashSet<(LocatedQuote, string)>();
        foreach (var pair in candidates.OrderByDescending(c => c.Score))
        {
            var (a, b) = (pair.First.Located, pair.Second.Located);
            var free = !linkedInto.Contains((a, b.ArticleId)) && !linkedInto.Contains((b, a.ArticleId));
            if (!free && !pair.WordingShowsSameUtterance)
            {
                continue;
            }

            linkedInto.Add((a, b.ArticleId));
            linkedInto.Add((b, a.ArticleId));
            links.Add(new QuoteLink(a, b, pair.Similarity, pair.IdenticalWording));
        }

        return links
            .OrderBy(l => l.First.ArticleId, StringComparer.Ordinal)
            .ThenBy(l => l.First.Quote.Start)
            .ThenBy(l => l.Second.ArticleId, StringComparer.Ordinal)
            .ThenBy(l => l.Second.Quote.Start)
            .ToList();
    }

    private static bool SameSpeaker(QuoteProfile a, QuoteProfile b)
    {
        if (a.SpeakerId is not null && b.SpeakerId is not null)
        {
            return string.Equals(a.SpeakerId, b.SpeakerId, StringComparison.Ordinal);
        }

        var surnameA = Surname(a.SpeakerName);
        return surnameA is not null && string.Equals(surnameA, Surname(b.SpeakerName), StringComparison.Ordinal);
    }

    private static string? Surname(string? name)
    {
        var last = name?.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.ToLowerInvariant();
        return last is null || FunctionWords.IsUncheckable(last) ? null : last;
    }

    private static StoryVocabulary SentenceVocabulary(IReadOnlyList<AnalysedArticle> articles, UnitExtractor extractor)
    {
        var vocabulary = new StoryVocabulary();
        foreach (var article in articles)
        {
            foreach (var sentence in article.Sentences)
            {
                vocabulary.AddDocument(extractor.Extract(article, sentence.Start, sentence.End));
            }
        }

        return vocabulary;
    }
}
