using CrossCheck.Alignment;
using CrossCheck.Dossiers;
using CrossCheck.Tests.Alignment;

namespace CrossCheck.Tests.Dossiers;

/// <summary>A claim reported by many outlets cites the best few sentences per relation and counts them all.</summary>
public sealed class EvidenceCapTests
{
    private static readonly FakeLexicon Lexicon = new(["enhance", "increase"]);

    [Fact]
    public void Evidence_is_capped_per_relation_and_sources_count_every_independent_article()
    {
        var reports = Enumerable.Range(1, 14)
            .Select(i => new ArticleBuilder($"r{i:00}", "Rama urged NATO to increase its military presence in Kosovo.", $"Outlet {i}")
                .Entity("Rama", "rama").Entity("NATO", "nato").Entity("Kosovo", "kosovo"))
            .Prepend(new ArticleBuilder("a", "Rama urged NATO to enhance its military presence in Kosovo.", "First Outlet")
                .Entity("Rama", "rama").Entity("NATO", "nato").Entity("Kosovo", "kosovo"))
            .ToArray();
        var (story, analysed, entities) = StoryFixture.Build(null, reports);
        var assessed = ClaimAligner.Align(story, analysed, entities, Lexicon, AlignmentThresholds.Default);

        var dossier = DossierBuilder.Build(story, analysed, entities, assessed, QuoteLinker.Link(analysed, entities));

        var claim = dossier.Claims.Single(c => c.ArticleId == "a");
        Assert.Equal(ClaimStatusValue.Corroborated, claim.Status);
        Assert.Equal(DossierBuilder.MaxEvidencePerRelation, claim.Evidence.Count);
        Assert.All(claim.Evidence, e => Assert.Equal(EvidenceRelationValue.Supports, e.Relation));
        Assert.Equal(new EvidenceSources(14, 0, 0), claim.Sources);
    }

    [Fact]
    public void A_report_and_its_rewrite_count_as_one_source()
    {
        ArticleBuilder Report(string id, string verb, string outlet) =>
            new ArticleBuilder(id, $"Rama urged NATO to {verb} its military presence in Kosovo.", outlet)
                .Entity("Rama", "rama").Entity("NATO", "nato").Entity("Kosovo", "kosovo");
        var reports = new[] { Report("a", "enhance", "First Outlet"), Report("w", "increase", "Wire"), Report("r", "increase", "Reprint") };
        EvidenceSources? SourcesOfA(IReadOnlyDictionary<string, string>? derivedFrom)
        {
            var (story, analysed, entities) = StoryFixture.Build(derivedFrom, reports);
            var assessed = ClaimAligner.Align(story, analysed, entities, Lexicon, AlignmentThresholds.Default);
            return DossierBuilder.Build(story, analysed, entities, assessed, []).Claims.Single(c => c.ArticleId == "a").Sources;
        }

        Assert.Equal(new EvidenceSources(2, 0, 0), SourcesOfA(null));
        Assert.Equal(new EvidenceSources(1, 0, 0), SourcesOfA(new Dictionary<string, string> { ["r"] = "w" }));
    }

    [Fact]
    public void Rewrites_of_one_report_never_crowd_an_independent_report_out_of_the_cited_evidence()
    {
        ArticleBuilder Report(string id, string verb, string outlet) =>
            new ArticleBuilder(id, $"Rama urged NATO to {verb} its military presence in Kosovo.", outlet)
                .Entity("Rama", "rama").Entity("NATO", "nato").Entity("Kosovo", "kosovo");
        var rewrites = Enumerable.Range(1, 12).Select(i => Report($"r{i:00}", "increase", $"Reprint {i}")).ToList();
        var reports = new[] { Report("a", "enhance", "First Outlet"), Report("w", "increase", "Wire") }
            .Concat(rewrites)
            .Append(Report("x", "increase", "Independent"))
            .ToArray();
        var derivedFrom = rewrites.ToDictionary(r => r.Id, _ => "w", StringComparer.Ordinal);
        var (story, analysed, entities) = StoryFixture.Build(derivedFrom, reports);
        var assessed = ClaimAligner.Align(story, analysed, entities, Lexicon, AlignmentThresholds.Default);

        var claim = DossierBuilder.Build(story, analysed, entities, assessed, []).Claims.Single(c => c.ArticleId == "a");

        // The wire and the independent report come first; the twelve rewrites fill what is left.
        Assert.Equal(DossierBuilder.MaxEvidencePerRelation, claim.Evidence.Count);
        Assert.Equal(["w", "x"], claim.Evidence.Take(2).Select(e => e.ArticleId));
        Assert.Equal(new EvidenceSources(2, 0, 0), claim.Sources);
    }

    [Fact]
    public void Sources_are_written_to_json_and_read_back()
    {
        var document = SampleDossier.Create();
        var withSources = document with
        {
            Stories = [document.Stories[0] with { Claims = [document.Stories[0].Claims[0] with { Sources = new EvidenceSources(2, 1, 0) }] }],
        };

        var json = DossierJson.Serialize(withSources);

        Assert.Contains("\"sources\": {", json, StringComparison.Ordinal);
        Assert.Equal(new EvidenceSources(2, 1, 0), DossierJson.Deserialize(json).Stories[0].Claims[0].Sources);
    }
}
