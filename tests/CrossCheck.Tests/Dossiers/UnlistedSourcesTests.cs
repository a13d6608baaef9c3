using CrossCheck.Dossiers;
using CrossCheck.Dossiers.Rendering;

namespace CrossCheck.Tests.Dossiers;

public sealed class UnlistedSourcesTests
{
    private static DossierDocument WithSources(EvidenceSources? sources)
    {
        var document = SampleDossier.Create();
        var story = document.Stories[0];
        var claims = story.Claims.Select((c, i) => i == 0 ? c with { Sources = sources } : c).ToList();
        return document with { Stories = [story with { Claims = claims }] };
    }

    [Fact]
    public void Sources_beyond_the_cited_evidence_are_counted_in_every_report_format()
    {
        var cited = SampleDossier.Create().Stories[0].Claims[0].Evidence;
        var sources = new EvidenceSources(
            cited.Count(e => e.Relation == EvidenceRelationValue.Supports) + 4,
            cited.Count(e => e.Relation == EvidenceRelationValue.Partial),
            cited.Count(e => e.Relation == EvidenceRelationValue.Contradicts) + 1);
        var document = WithSources(sources);

        Assert.Equal("5 more sources not listed", StoryView.UnlistedSources(document.Stories[0].Claims[0]));
        Assert.Contains("*5 more sources not listed*", MarkdownDossierRenderer.Render(document), StringComparison.Ordinal);
        Assert.Contains("<div class=\"note\">5 more sources not listed</div>", HtmlDossierRenderer.Render(document), StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_is_said_when_every_source_is_cited_or_counts_are_absent()
    {
        var cited = SampleDossier.Create().Stories[0].Claims[0].Evidence;
        var exact = new EvidenceSources(
            cited.Where(e => e.Relation == EvidenceRelationValue.Supports).Select(e => e.ArticleId).Distinct().Count(),
            cited.Where(e => e.Relation == EvidenceRelationValue.Partial).Select(e => e.ArticleId).Distinct().Count(),
            cited.Where(e => e.Relation == EvidenceRelationValue.Contradicts).Select(e => e.ArticleId).Distinct().Count());

        Assert.Null(StoryView.UnlistedSources(WithSources(exact).Stories[0].Claims[0]));
        Assert.Null(StoryView.UnlistedSources(WithSources(null).Stories[0].Claims[0]));
        Assert.DoesNotContain("not listed", MarkdownDossierRenderer.Render(WithSources(null)), StringComparison.Ordinal);
    }
}
