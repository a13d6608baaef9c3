using CrossCheck.Dossiers;
using CrossCheck.Evaluation;

namespace CrossCheck.Tests.Evaluation;

/// <summary>Builds the dossier a perfect system would produce for gold stories: the scorer must give it 1.0
/// everywhere, and tests degrade it one section at a time.</summary>
internal static class PerfectDossier
{
    public static DossierDocument From(IReadOnlyList<GoldStory> golds)
    {
        var articles = golds.SelectMany(ArticlesOf).ToList();
        var stories = golds.Select(StoryOf).ToList();
        return new DossierDocument(DossierDocument.CurrentSchemaVersion, articles, stories);
    }

    public static DossierDocument From(GoldStory gold) => From([gold]);

    private static IEnumerable<ArticleEntry> ArticlesOf(GoldStory gold) => gold.Articles.Select(id =>
    {
        var date = gold.PublicationDates.FirstOrDefault(p => p.Article == id);
        return new ArticleEntry(
            id,
            id + ".txt",
            "Outlet",
            "Title of " + id,
            null,
            null,
            date?.Date,
            date?.From switch
            {
                "metadata" => PublishedFromValue.Metadata,
                "text" => PublishedFromValue.Text,
                "story" => PublishedFromValue.Story,
                _ => PublishedFromValue.None,
            },
            gold.Rewrites.FirstOrDefault(r => r.Article == id)?.DerivedFrom);
    });

    private static StoryDossier StoryOf(GoldStory gold) => new(
        gold.Story,
        gold.Title ?? gold.Story,
        gold.Articles,
        gold.Claims.Select((c, i) => ClaimOf(c, i)).ToList(),
        gold.Quotes.Select(q => QuoteOf(gold, q)).ToList(),
        gold.Entities.Select((e, i) => new EntityEntry($"{gold.Story}-e{i}", e.Name, TypeOf(e.Type), e.Aliases, gold.Articles)).ToList(),
        gold.Quantities.Select(q => new QuantityEntry(q.Article, q.Text, q.Value, q.Qualifier != "exact", q.Qualifier, q.Unit, q.Counts, null)).ToList(),
        gold.Dates.Select(d => new DateEntry(d.Article, d.Text, d.Value, "day", null)).ToList(),
        []);

    private static ClaimEntry ClaimOf(GoldClaim claim, int index)
    {
        var evidence = claim.SupportedBy.Select(a => Evidence(a, EvidenceRelationValue.Supports))
            .Concat(claim.ContradictedBy.Select(a => Evidence(a, EvidenceRelationValue.Contradicts)))
            .ToList();
        return new ClaimEntry(
            $"c{index}",
            claim.Article,
            "Before. " + claim.Fragment + ", after.",
            0,
            0,
            claim.Status switch
            {
                "corroborated" => ClaimStatusValue.Corroborated,
                "partial" => ClaimStatusValue.Partial,
                "contradicted" => ClaimStatusValue.Contradicted,
                _ => ClaimStatusValue.SingleSource,
            },
            evidence,
            claim.Attribution is null ? null : "the " + claim.Attribution,
            claim.Hedged == true);
    }

    private static EvidenceEntry Evidence(string articleId, EvidenceRelationValue relation) =>
        new(articleId, "x", "evidence sentence", relation, 0.9, []);

    private static QuoteEntry QuoteOf(GoldStory gold, GoldQuote quote) => new(
        QuoteId(gold, quote.Id),
        quote.Article,
        quote.Speaker,
        null,
        "\u201C" + quote.Text + "\u201D",
        quote.Partial,
        null,
        quote.SameAs.Select(id => QuoteId(gold, id)).ToList(),
        []);

    public static string QuoteId(GoldStory gold, string goldQuoteId) => $"{gold.Story}#{goldQuoteId}";

    private static EntityTypeValue TypeOf(string type) => type switch
    {
        "person" => EntityTypeValue.Person,
        "organization" => EntityTypeValue.Organization,
        "place" => EntityTypeValue.Place,
        _ => EntityTypeValue.Other,
    };
}
