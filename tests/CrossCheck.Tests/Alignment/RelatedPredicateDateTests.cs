using CrossCheck.Dossiers;
using CrossCheck.Ingest;
using CrossCheck.Pipeline;
using Microsoft.Extensions.Time.Testing;

namespace CrossCheck.Tests.Alignment;

/// <summary>Dates of one happening told with related verbs (a manner of the other, as WordNet relates them:
/// "returned" / "moved back", "shot" / "killed") clash when both sentences name the same person; hedged relative
/// dates ("around six weeks ago") are dates. Every report here is made up for the test.</summary>
public sealed class RelatedPredicateDateTests
{
    private static StoryDossier Analyse(string first, string second)
    {
        RawDocument Report(string id, string outlet, string text) =>
            new(id, id + ".md", DocumentFormat.PlainText, text, new DocumentMetadata("Events in Vell", outlet, null, "2026-08-17"));
        var engine = new CrossCheckEngine(new CrossCheckOptions(), new FakeTimeProvider(new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero)));
        var articles = engine.ExtractAsync([Report("a", "Tarn Wire", first), Report("b", "Northgate Post", second)]).GetAwaiter().GetResult().Articles;
        var result = engine.AnalyseAsync(articles, [new("s", "Vell", ["a", "b"], new Dictionary<string, string>())]).GetAwaiter().GetResult();
        return Assert.Single(result.Document.Stories);
    }

    private static bool Contradicted(string first, string second)
    {
        var story = Analyse(first, second);
        var claim = story.Claims.First(c => c.ArticleId == "a");
        return claim.Evidence.Any(e => e.ArticleId == "b" && e.Relation == EvidenceRelationValue.Contradicts);
    }

    [Theory]
    [InlineData("Ines Parra returned to the Vell orchestra ten weeks ago after a long tour of Asia.", "Ines Parra had moved back to Vell around three weeks ago, the orchestra said.", true)]
    [InlineData("Ines Parra returned to the Vell orchestra ten weeks ago after a long tour of Asia.", "Ines Parra had moved back to Vell around ten weeks ago, the orchestra said.", false)]
    [InlineData("Ines Parra returned to the Vell orchestra ten weeks ago after a long tour of Asia.", "Ines Parra had moved back to Vell around nine weeks ago, the orchestra said.", false)]
    [InlineData("Ines Parra returned to the Vell orchestra ten weeks ago after a long tour of Asia.", "Ines Parra had moved back to Vell around eight weeks ago, the orchestra said.", true)]
    [InlineData("Ines Parra returned to the Vell orchestra ten weeks ago after a long tour of Asia.", "Jon Hale had moved back to Vell around three weeks ago, the orchestra said.", false)]
    [InlineData("Ines Parra returned to the Vell orchestra ten weeks ago after a long tour of Asia.", "Ines Parra signed a new contract with the Vell orchestra around three weeks ago.", false)]
    public void Relative_dates_of_a_return_and_a_move_back_clash(string first, string second, bool clash) =>
        Assert.Equal(clash, Contradicted(first, second));

    [Theory]
    [InlineData("A patrol officer shot Tomas Irle on Tuesday outside the Oster freight depot in Vell.", "A police officer killed Tomas Irle on Thursday outside the Oster freight depot.", true)]
    [InlineData("A patrol officer shot Tomas Irle on Tuesday outside the Oster freight depot in Vell.", "Prosecutors say a police sergeant killed Tomas Irle on Thursday.", true)]
    [InlineData("A patrol officer shot Tomas Irle on Tuesday outside the Oster freight depot in Vell.", "A police officer killed Tomas Irle on Tuesday outside the Oster freight depot.", false)]
    [InlineData("A patrol officer shot Tomas Irle on Tuesday outside the Oster freight depot in Vell.", "A police officer killed Marek Sobel on Thursday outside the Oster freight depot.", false)]
    public void Days_of_one_killing_told_with_related_verbs_clash(string first, string second, bool clash) =>
        Assert.Equal(clash, Contradicted(first, second));
}
