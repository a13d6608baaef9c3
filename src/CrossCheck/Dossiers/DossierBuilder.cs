using System.Globalization;
using CrossCheck.Alignment;
using CrossCheck.Alignment.Derivation;
using CrossCheck.Analysis;
using CrossCheck.Analysis.Claims;
using CrossCheck.Analysis.Entities;
using CrossCheck.Analysis.Quantities;
using CrossCheck.Analysis.Quotes;
using CrossCheck.Analysis.Time;
using CrossCheck.Clustering;
using CrossCheck.Extraction;

namespace CrossCheck.Dossiers;

/// <summary>Maps the analysis of one story onto the dossier contract.</summary>
internal static class DossierBuilder
{
    /// <summary>An article's entry with the links the story holds (<see cref="Story.DerivedFrom"/>): the one it derives
    /// from, and the chain from that one to the original report; why it derives is not known here.</summary>
    public static ArticleEntry ToEntry(Article article, IReadOnlyDictionary<string, string> derivedFrom)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(derivedFrom);
        var chain = Chain(article.Id, derivedFrom);
        return ToEntry(article, chain.Count == 0 ? null : chain[0]) with { DerivationChain = chain.Count == 0 ? null : chain };
    }

    /// <summary>An article's entry with its derivation as the cross-check settled it (<see cref="DerivationLink"/>s of
    /// its story): the source, why, and the chain from the source to the original report.</summary>
    public static ArticleEntry ToEntry(Article article, IReadOnlyList<DerivationLink> links)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(links);
        var link = links.FirstOrDefault(l => string.Equals(l.ArticleId, article.Id, StringComparison.Ordinal));
        if (link is null)
        {
            return ToEntry(article, (string?)null);
        }

        var sources = links.ToDictionary(l => l.ArticleId, l => l.SourceId, StringComparer.Ordinal);
        return ToEntry(article, link.SourceId) with
        {
            DerivedBy = link.Basis switch
            {
                DerivationBasis.Copy => DerivedByValue.Copy,
                DerivationBasis.Rewrite => DerivedByValue.Rewrite,
                _ => DerivedByValue.Credit,
            },
            DerivationChain = Chain(article.Id, sources),
        };
    }

    /// <summary>The ids an article derives from, nearest first, to the original (a cycle is cut where it closes).</summary>
    private static List<string> Chain(string articleId, IReadOnlyDictionary<string, string> derivedFrom)
    {
        var chain = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { articleId };
        for (var current = articleId; derivedFrom.TryGetValue(current, out var source) && seen.Add(source); current = source)
        {
            chain.Add(source);
        }

        return chain;
    }

    public static ArticleEntry ToEntry(Article article, string? derivedFrom)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ArticleEntry(
            article.Id,
            article.Source,
            article.Outlet,
            article.Title,
            article.Url,
            article.Byline,
            article.Published?.ToIso(),
            article.PublishedFrom switch
            {
                PublishedFrom.Metadata => PublishedFromValue.Metadata,
                PublishedFrom.Text => PublishedFromValue.Text,
                PublishedFrom.Story => PublishedFromValue.Story,
                _ => PublishedFromValue.None,
            },
            derivedFrom);
    }

    public static StoryDossier Build(
        Story story,
        IReadOnlyList<AnalysedArticle> articles,
        EntityIndex entities,
        IReadOnlyList<AssessedClaim> claims,
        IReadOnlyList<QuoteLink> quoteLinks)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(quoteLinks);

        var roots = story.ArticleIds.ToDictionary(id => id, id => Chain(id, story.DerivedFrom).LastOrDefault() ?? id, StringComparer.Ordinal);
        var claimEntries = claims.Select(c => ToEntry(c, id => roots.GetValueOrDefault(id, id))).ToList();
        var quoteIds = QuoteIds(articles);
        var quotes = articles.SelectMany(a => a.Quotes.Select(q => ToEntry(a, q, entities, quoteIds, quoteLinks))).ToList();
        var quantities = articles.SelectMany(a => a.Quantities.Select(q => ToEntry(a, q))).ToList();
        var dates = articles.SelectMany(a => a.Dates.Select(d => ToEntry(a, d))).ToList();
        return new StoryDossier(
            story.Id,
            story.Title,
            story.ArticleIds,
            claimEntries,
            quotes,
            entities.Entities.Select(ToEntry).ToList(),
            quantities,
            dates,
            Timeline.Build(dates, claimEntries));
    }

    private static Dictionary<(string ArticleId, int Start), string> QuoteIds(IReadOnlyList<AnalysedArticle> articles)
    {
        var ids = new Dictionary<(string, int), string>();
        foreach (var article in articles)
        {
            for (var i = 0; i < article.Quotes.Count; i++)
            {
                ids[(article.Article.Id, article.Quotes[i].Start)] = $"{article.Article.Id}#q{i + 1}";
            }
        }

        return ids;
    }

    /// <summary>A claim in a story of hundreds of reports would otherwise cite hundreds of sentences: the
    /// dossier keeps the best few per relation and the counts in <see cref="EvidenceSources"/>.</summary>
    public const int MaxEvidencePerRelation = 10;

    /// <summary><paramref name="root"/> gives the original report an article derives from (itself when independent):
    /// a report and its rewrites count as one source.</summary>
    private static ClaimEntry ToEntry(AssessedClaim assessed, Func<string, string> root) => new(
        assessed.Claim.Id,
        assessed.ArticleId,
        assessed.Claim.Text,
        assessed.Claim.Start,
        assessed.Claim.End,
        assessed.Status switch
        {
            ClaimStatus.Corroborated => ClaimStatusValue.Corroborated,
            ClaimStatus.Partial => ClaimStatusValue.Partial,
            ClaimStatus.Contradicted => ClaimStatusValue.Contradicted,
            _ => ClaimStatusValue.SingleSource,
        },
        assessed.Evidence
            .GroupBy(e => e.Relation)
            .SelectMany(relation => FamiliesFirst(relation, root).Take(MaxEvidencePerRelation))
            .Select(e => new EvidenceEntry(
            e.ArticleId,
            e.ClaimId,
            e.Text,
            e.Relation switch
            {
                EvidenceRelation.Supports => EvidenceRelationValue.Supports,
                EvidenceRelation.Partial => EvidenceRelationValue.Partial,
                _ => EvidenceRelationValue.Contradicts,
            },
            Math.Round(e.Score, 3),
            e.Conflicts)).ToList(),
        assessed.Claim.Attribution,
        assessed.Claim.Hedged,
        new EvidenceSources(
            SourceCount(assessed, EvidenceRelation.Supports, root),
            SourceCount(assessed, EvidenceRelation.Partial, root),
            SourceCount(assessed, EvidenceRelation.Contradicts, root)),
        string.IsNullOrEmpty(assessed.Reason) ? null : assessed.Reason);

    /// <summary>One sentence per source first (a report and its copies, rewrites and crediting reports are one
    /// source: the original's own sentence when it is among them), then the rest, each in the given order: the
    /// rewrites of one report never crowd an independent report out of the cited evidence (docs/decisions.md,
    /// decision 183).</summary>
    private static IEnumerable<Evidence> FamiliesFirst(IEnumerable<Evidence> evidence, Func<string, string> root)
    {
        var all = evidence.ToList();
        var first = all
            .GroupBy(e => root(e.ArticleId), StringComparer.Ordinal)
            .Select(family => family.FirstOrDefault(e => string.Equals(e.ArticleId, family.Key, StringComparison.Ordinal)) ?? family.First())
            .ToList();
        var cited = new HashSet<Evidence>(first, ReferenceEqualityComparer.Instance);
        return first.Concat(all.Where(e => !cited.Contains(e)));
    }

    private static int SourceCount(AssessedClaim assessed, EvidenceRelation relation, Func<string, string> root) =>
        assessed.Evidence.Where(e => e.Relation == relation).Select(e => root(e.ArticleId)).Distinct(StringComparer.Ordinal).Count();

    private static QuoteEntry ToEntry(
        AnalysedArticle article,
        QuoteMention quote,
        EntityIndex entities,
        Dictionary<(string ArticleId, int Start), string> quoteIds,
        IReadOnlyList<QuoteLink> links)
    {
        var articleId = article.Article.Id;
        string? speakerId = null;
        var speaker = quote.Speaker?.Text;
        if (quote.Speaker is { } reference)
        {
            speakerId = entities.EntityIdOf(articleId, reference.Start, reference.End);
            speaker = speakerId is null ? reference.Text : entities.Find(speakerId)?.Name ?? reference.Text;
        }

        var variants = links
            .Select(l => Other(l, articleId, quote.Start) is { } other ? (Link: l, Other: other) : default)
            .Where(x => x.Other is not null)
            .Select(x => new QuoteVariantEntry(
                quoteIds[(x.Other!.ArticleId, x.Other.Quote.Start)],
                x.Other.ArticleId,
                x.Other.Quote.Text,
                x.Link.IdenticalWording,
                Math.Round(x.Link.Similarity, 3)))
            .ToList();

        return new QuoteEntry(
            quoteIds[(articleId, quote.Start)],
            articleId,
            speaker,
            speakerId,
            quote.Text,
            quote.IsPartial,
            ClaimAt(article.Claims, quote.Start),
            variants.Select(v => v.QuoteId).ToList(),
            variants,
            quote.Speaker?.Channel);
    }

    private static LocatedQuote? Other(QuoteLink link, string articleId, int start)
    {
        if (link.First.ArticleId == articleId && link.First.Quote.Start == start)
        {
            return link.Second;
        }

        return link.Second.ArticleId == articleId && link.Second.Quote.Start == start ? link.First : null;
    }

    private static EntityEntry ToEntry(Entity entity) => new(
        entity.Id,
        entity.Name,
        entity.Type switch
        {
            EntityType.Person => EntityTypeValue.Person,
            EntityType.Organization => EntityTypeValue.Organization,
            EntityType.Place => EntityTypeValue.Place,
            _ => EntityTypeValue.Other,
        },
        entity.Aliases,
        entity.ArticleIds);

    private static QuantityEntry ToEntry(AnalysedArticle article, QuantityMention quantity) => new(
        article.Article.Id,
        quantity.Text,
        quantity.Value,
        quantity.Qualifier != QuantityQualifier.Exact,
        ToCamel(quantity.Qualifier.ToString()),
        quantity.Unit,
        quantity.Counts,
        ClaimAt(article.Claims, quantity.Start));

    private static DateEntry ToEntry(AnalysedArticle article, DateMention date) => new(
        article.Article.Id,
        date.Text,
        date.Value,
        ToCamel(date.Granularity.ToString()),
        ClaimAt(article.Claims, date.Start));

    private static string? ClaimAt(IReadOnlyList<Claim> claims, int offset) =>
        claims.FirstOrDefault(c => c.Start <= offset && offset < c.End)?.Id;

    private static string ToCamel(string name) =>
        char.ToLower(name[0], CultureInfo.InvariantCulture) + name[1..];
}
