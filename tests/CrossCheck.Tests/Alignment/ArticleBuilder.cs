using System.Text.RegularExpressions;
using CrossCheck.Analysis;
using CrossCheck.Analysis.Claims;
using CrossCheck.Analysis.Entities;
using CrossCheck.Analysis.Quantities;
using CrossCheck.Analysis.Quotes;
using CrossCheck.Analysis.Time;
using CrossCheck.Extraction;
using CrossCheck.Text;

namespace CrossCheck.Tests.Alignment;

/// <summary>Builds an <see cref="AnalysedArticle"/> by hand: sentences split on end punctuation, one claim per
/// sentence, and entities, quantities, dates, quotes, attributions located by their text.</summary>
internal sealed partial class ArticleBuilder(string id, string text, string? outlet = null)
{
    private readonly List<(string Surface, string EntityId, EntityType Type)> _entities = [];
    private readonly List<QuantityMention> _quantities = [];
    private readonly List<DateMention> _dates = [];
    private readonly List<QuoteMention> _quotes = [];
    private readonly Dictionary<int, string> _attributions = [];
    private readonly HashSet<int> _negated = [];
    private IReadOnlyList<Sentence>? _sentences;

    public string Id => id;

    public List<(string EntityId, MentionKey Key)> EntityKeys { get; } = [];

    public ArticleBuilder Entity(string surface, string entityId)
    {
        _entities.Add((surface, entityId, EntityType.Other));
        return this;
    }

    /// <summary>A place name, typed as a place (it scopes figures and gives "local time" its zone).</summary>
    public ArticleBuilder Place(string surface, string entityId)
    {
        _entities.Add((surface, entityId, EntityType.Place));
        return this;
    }

    public ArticleBuilder Quantity(string surface, double value, QuantityQualifier qualifier, string? counts, string? unit = null)
    {
        var start = IndexOf(surface);
        _quantities.Add(new QuantityMention(surface, start, start + surface.Length, value, qualifier, unit, counts, SentenceAt(start)));
        return this;
    }

    public ArticleBuilder Date(string surface, string value, DateGranularity granularity = DateGranularity.Day, TimeSpan? utcOffset = null)
    {
        var start = IndexOf(surface);
        _dates.Add(new DateMention(surface, start, start + surface.Length, value, granularity, SentenceAt(start), false) { Role = DateRoles.Of(text, start), UtcOffset = utcOffset });
        return this;
    }

    public ArticleBuilder Quote(string quoted, string speaker, bool partial = true)
    {
        var start = IndexOf(quoted);
        var speakerStart = NearestOccurrence(speaker, start);
        _quotes.Add(new QuoteMention(quoted, start, start + quoted.Length, partial, SentenceAt(start),
            new SpeakerReference(speaker, speakerStart, speakerStart + speaker.Length, SpeakerResolution.CueVerb)));
        return this;
    }

    public ArticleBuilder Attributed(string fragment, string attribution)
    {
        _attributions[SentenceAt(IndexOf(fragment))] = attribution;
        return this;
    }

    public ArticleBuilder Negated(string fragment)
    {
        _negated.Add(SentenceAt(IndexOf(fragment)));
        return this;
    }

    public AnalysedArticle Build()
    {
        var sentences = Sentences();
        var claims = sentences
            .Select(s => new Claim($"{id}#c{s.Index + 1}", s.Index, s.Start, s.End, s.Text, _attributions.GetValueOrDefault(s.Index), false, _negated.Contains(s.Index))
            {
                Negation = NegationDetector.Scope(text, s.Start, s.End),
            })
            .ToList();
        var mentions = new List<EntityMention>();
        EntityKeys.Clear();
        foreach (var (surface, entityId, type) in _entities)
        {
            foreach (Match match in Regex.Matches(text, $@"\b{Regex.Escape(surface)}\b"))
            {
                if (mentions.Any(m => m.Start < match.Index + match.Length && match.Index < m.End))
                {
                    continue;
                }

                mentions.Add(new EntityMention(surface, match.Index, match.Index + match.Length, type, SentenceAt(match.Index)));
                EntityKeys.Add((entityId, new MentionKey(id, match.Index, match.Index + match.Length)));
            }
        }

        var article = new Article(id, id + ".txt", "Title of " + id, text, Outlet: outlet);
        return new AnalysedArticle(article, sentences, claims, mentions.OrderBy(m => m.Start).ToList(), _quotes, _quantities, _dates);
    }

    private IReadOnlyList<Sentence> Sentences()
    {
        if (_sentences is not null)
        {
            return _sentences;
        }

        var sentences = new List<Sentence>();
        var start = 0;
        foreach (Match end in SentenceEnd().Matches(text))
        {
            sentences.Add(new Sentence(sentences.Count, start, end.Index + end.Length, text[start..(end.Index + end.Length)], sentences.Count));
            start = end.Index + end.Length;
            while (start < text.Length && text[start] == ' ')
            {
                start++;
            }
        }

        if (start < text.Length)
        {
            sentences.Add(new Sentence(sentences.Count, start, text.Length, text[start..], sentences.Count));
        }

        return _sentences = sentences;
    }

    private int SentenceAt(int offset) => Sentences().Last(s => s.Start <= offset).Index;

    private int IndexOf(string fragment)
    {
        var index = text.IndexOf(fragment, StringComparison.Ordinal);
        return index >= 0 ? index : throw new ArgumentException($"'{fragment}' is not in article {id}");
    }

    private int NearestOccurrence(string fragment, int offset)
    {
        var best = -1;
        for (var i = text.IndexOf(fragment, StringComparison.Ordinal); i >= 0; i = text.IndexOf(fragment, i + 1, StringComparison.Ordinal))
        {
            if (best < 0 || Math.Abs(i - offset) < Math.Abs(best - offset))
            {
                best = i;
            }
        }

        return best >= 0 ? best : throw new ArgumentException($"speaker '{fragment}' is not in article {id}");
    }

    [GeneratedRegex(@"[.!?][""”’]?(?=\s|$)")]
    private static partial Regex SentenceEnd();
}

/// <summary>A story of hand-built articles with its entity index.</summary>
internal static class StoryFixture
{
    public static (global::CrossCheck.Clustering.Story Story, IReadOnlyList<AnalysedArticle> Articles, EntityIndex Entities) Build(
        IReadOnlyDictionary<string, string>? derivedFrom, params ArticleBuilder[] builders)
    {
        var articles = builders.Select(b => b.Build()).ToList();
        var byMention = new Dictionary<MentionKey, string>();
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var builder in builders)
        {
            foreach (var (entityId, key) in builder.EntityKeys)
            {
                byMention[key] = entityId;
                entities.TryAdd(entityId, new Entity(entityId, entityId, EntityType.Other, [], []));
            }
        }

        var story = new global::CrossCheck.Clustering.Story("s1", "Story", builders.Select(b => b.Id).ToList(), derivedFrom ?? new Dictionary<string, string>());
        return (story, articles, new EntityIndex(entities.Values.ToList(), byMention));
    }
}
