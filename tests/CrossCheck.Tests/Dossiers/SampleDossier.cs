using CrossCheck.Dossiers;

namespace CrossCheck.Tests.Dossiers;

/// <summary>A small hand-made dossier that uses every member of the contract, for schema and renderer tests.</summary>
internal static class SampleDossier
{
    public static DossierDocument Create(string hostileText = "Officials said the dam held.") => new(
        DossierDocument.CurrentSchemaVersion,
        [
            new ArticleEntry("wire-1", "corpus/wire-1.md", "Harbor Wire", "Dam holds after storm", "https://wire.example/dam", "By A. Reporter", "2031-04-02T09:15:00+02:00", PublishedFromValue.Metadata, null),
            new ArticleEntry("daily-1", "corpus/daily-1.txt", "Valley Daily", "Storm spares Lentmoor dam", null, null, "2031-04-02", PublishedFromValue.Story, null),
            new ArticleEntry("copy-1", "corpus/feed.jsonl:3", null, "Dam holds", null, null, null, PublishedFromValue.None, "wire-1", DerivedByValue.Copy, ["wire-1"]),
        ],
        [
            new StoryDossier(
                "story-1",
                "Dam holds after storm",
                ["wire-1", "daily-1", "copy-1"],
                [
                    new ClaimEntry("wire-1#c1", "wire-1", hostileText, 0, hostileText.Length, ClaimStatusValue.Corroborated,
                        [new EvidenceEntry("daily-1", "daily-1#c2", "The dam held, officials said.", EvidenceRelationValue.Supports, 0.91, [])],
                        "officials", false, Reason: "Confirmed by Valley Daily (attributed to officials)."),
                    new ClaimEntry("wire-1#c2", "wire-1", "About 1,200 residents were evacuated on Tuesday.", 30, 79, ClaimStatusValue.Contradicted,
                        [new EvidenceEntry("daily-1", "daily-1#c3", "Some 2,000 residents left their homes on Tuesday.", EvidenceRelationValue.Contradicts, 0.72, ["1,200 vs 2,000 residents"])],
                        null, false, Reason: "Harbor Wire says “About 1,200 residents were evacuated”; Valley Daily says “Some 2,000 residents left” <b>&amp;</b>."),
                    new ClaimEntry("daily-1#c4", "daily-1", "The spillway may need repairs, it is said.", 90, 132, ClaimStatusValue.SingleSource, [], null, true,
                        Reason: "Only Valley Daily reports this (hedged)."),
                    new ClaimEntry("daily-1#c5", "daily-1", "Engineers inspected the dam the next day.", 133, 174, ClaimStatusValue.Partial,
                        [new EvidenceEntry("wire-1", "wire-1#c3", "Engineers inspected the dam.", EvidenceRelationValue.Partial, 0.55, [])],
                        null, false),
                ],
                [
                    new QuoteEntry("wire-1#q1", "wire-1", "Mara Velt", "e1", "the worst is behind us", true, "wire-1#c1", ["daily-1#q1"],
                        [new QuoteVariantEntry("daily-1#q1", "daily-1", "the worst is over", false, 0.62)]),
                    new QuoteEntry("daily-1#q1", "daily-1", "Mara Velt", "e1", "the worst is over", true, null, ["wire-1#q1"],
                        [new QuoteVariantEntry("wire-1#q1", "wire-1", "the worst is behind us", false, 0.62)]),
                ],
                [
                    new EntityEntry("e1", "Mara Velt", EntityTypeValue.Person, ["Mara Velt", "Velt", "the mayor"], ["wire-1", "daily-1"]),
                    new EntityEntry("e2", "Lentmoor", EntityTypeValue.Place, ["Lentmoor"], ["wire-1", "daily-1", "copy-1"]),
                ],
                [
                    new QuantityEntry("wire-1", "About 1,200 residents", 1200, true, "approximate", null, "residents", "wire-1#c2"),
                ],
                [
                    new DateEntry("wire-1", "Tuesday", "2031-04-01", "day", "wire-1#c2"),
                    new DateEntry("daily-1", "the next day", "2031-04-02", "day", "daily-1#c5"),
                ],
                [
                    new TimelineEntry("2031-04-01", "About 1,200 residents were evacuated on Tuesday.", ["wire-1#c2"]),
                    new TimelineEntry("2031-04-02", "Engineers inspected the dam the next day.", ["daily-1#c5"]),
                ]),
        ]);
}
