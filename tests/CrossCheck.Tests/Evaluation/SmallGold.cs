using CrossCheck.Dossiers;
using CrossCheck.Evaluation;

namespace CrossCheck.Tests.Evaluation;

/// <summary>A two-article gold story written out in code, and helpers to degrade its perfect dossier.</summary>
internal static class SmallGold
{
    public static GoldStory Story { get; } = new()
    {
        SchemaVersion = "1.0",
        Story = "small",
        Inputs = ["a.md", "b.md"],
        Articles = ["a", "b"],
        PublicationDates =
        [
            new GoldPublicationDate { Article = "a", Date = "2025-03-11", From = "metadata" },
            new GoldPublicationDate { Article = "b", Date = "2025-03-11", From = "story" },
        ],
        Rewrites = [new GoldRewrite { Article = "b", DerivedFrom = "a" }],
        Entities =
        [
            new GoldEntity { Name = "Katrin Oduya", Type = "person", Aliases = ["Oduya"] },
            new GoldEntity { Name = "National Water Authority", Type = "organization", Aliases = ["NWA"] },
        ],
        Speakers = ["Katrin Oduya"],
        Quotes =
        [
            new GoldQuote { Id = "a1", Article = "a", Text = "We have never seen the water rise this fast", Speaker = "Katrin Oduya", SameAs = ["b1"] },
            new GoldQuote { Id = "b1", Article = "b", Text = "faster than anyone here has ever seen", Speaker = "Katrin Oduya", Partial = true, SameAs = ["a1"] },
        ],
        Claims =
        [
            new GoldClaim { Article = "a", Fragment = "Twelve people were killed", Status = "contradicted", ContradictedBy = ["b"] },
            new GoldClaim { Article = "b", Fragment = "reportedly plans to inspect", Status = "single-source", Hedged = true, Attribution = "police" },
        ],
        Dates =
        [
            new GoldDate { Article = "a", Text = "Monday", Value = "2025-03-10" },
            new GoldDate { Article = "b", Text = "last month", Value = "2025-02" },
        ],
        Quantities =
        [
            new GoldQuantity { Article = "a", Text = "Twelve people", Value = 12, Qualifier = "exact", Counts = "people" },
            new GoldQuantity { Article = "b", Text = "at least 30 armed men", Value = 30, Qualifier = "atLeast", Counts = "armed men" },
        ],
    };

    public static DossierDocument Perfect => PerfectDossier.From(Story);

    public static SectionScore Section(DossierDocument document, string section) =>
        Evaluator.Evaluate([Story], document).Sections.Single(s => s.Section == section);

    public static DossierDocument WithStory(DossierDocument document, Func<StoryDossier, StoryDossier> change) =>
        document with { Stories = document.Stories.Select(change).ToList() };

    public static DossierDocument WithArticles(DossierDocument document, Func<ArticleEntry, ArticleEntry> change) =>
        document with { Articles = document.Articles.Select(change).ToList() };
}
