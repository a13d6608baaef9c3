using CrossCheck.Dossiers;
using CrossCheck.Ingest;
using CrossCheck.Pipeline;
using Microsoft.Extensions.Time.Testing;

namespace CrossCheck.Tests.Alignment;

/// <summary>Counts of one named kind of thing in one event (decision 307): the event named by a verb in one report
/// and by the noun that takes in the things counted in another ("is recalling 7,400 kettles" / "ordered a recall of
/// more than 9,000 kettles" / "the recall covers nearly 7,400 kettles") is one slot, found however little else the
/// sentences share; counts under another event noun, or of a part of the group (decision 306), are not. Every report
/// here is made up for the test.</summary>
public sealed class CountedThingSlotTests
{
    private const string Order = "The Dorvik safety office has ordered a recall of more than 9,000 Tarnwell kettles.";

    private static StoryDossier Analyse(string first, string second)
    {
        RawDocument Report(string id, string outlet, string text) =>
            new(id, id + ".md", DocumentFormat.PlainText, text, new DocumentMetadata("Kettle recall in Dorvik", outlet, null, "2026-08-17"));
        var engine = new CrossCheckEngine(new CrossCheckOptions(), new FakeTimeProvider(new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero)));
        var articles = engine.ExtractAsync([Report("a", "Tarn Wire", first), Report("b", "Northgate Post", second)]).GetAwaiter().GetResult().Articles;
        var result = engine.AnalyseAsync(articles, [new("s", "Dorvik", ["a", "b"], new Dictionary<string, string>())]).GetAwaiter().GetResult();
        return Assert.Single(result.Document.Stories);
    }

    private static bool Contradicted(string first, string second, string fragment)
    {
        var story = Analyse(first, second);
        var claim = story.Claims.First(c => c.ArticleId == "a" && c.Text.Contains(fragment, StringComparison.Ordinal));
        return claim.Evidence.Any(e => e.ArticleId == "b" && e.Relation == EvidenceRelationValue.Contradicts);
    }

    [Theory]
    [InlineData("The recall covers nearly 7,400 kettles.", true)]
    [InlineData("The recall covers nearly 9,400 kettles.", false)]
    [InlineData("The export deal covers nearly 7,400 kettles.", false)]
    [InlineData("Shops have sold about 2,100 of the recalled kettles in Orvik.", false)]
    public void A_count_under_the_same_event_noun_is_one_slot(string other, bool clash) =>
        Assert.Equal(clash, Contradicted(Order, other, "9,000"));

    [Theory]
    [InlineData("Tarnwell is recalling about 6,400 kettles for its Brio range after a string of scalding accidents in three provinces, the Dorvik safety office said on Monday.", true)]
    [InlineData("Tarnwell is recalling about 9,400 kettles for its Brio range after a string of scalding accidents in three provinces, the Dorvik safety office said on Monday.", false)]
    public void A_short_sentence_counting_the_same_thing_is_compared_with_a_long_one(string claim, bool clash) =>
        Assert.Equal(clash, Contradicted(claim, "The recall covers nearly 9,000 kettles.", "Tarnwell is recalling"));
}
