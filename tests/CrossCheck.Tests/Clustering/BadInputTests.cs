using CrossCheck.Clustering;
using CrossCheck.Clustering.Online;
using static CrossCheck.Tests.Clustering.ClusteringFixtures;

namespace CrossCheck.Tests.Clustering;

public sealed class BadInputTests
{
    [Fact]
    public void Empty_and_one_word_articles_stay_alone_and_do_not_attract_others()
    {
        var clusterer = new OnlineStoryClusterer();
        var empty = clusterer.Add(Make("empty", "", "", 4));
        var word = clusterer.Add(Make("word", "Veldmark", "Veldmark", 4));
        var real = clusterer.Add(Make("wire", "Quake kills 14 in Veldmark", QuakeVeldmarkWire, 4));

        Assert.Equal(AssignmentKind.TooShort, empty.Kind);
        Assert.Equal(AssignmentKind.TooShort, word.Kind);
        Assert.Equal(AssignmentKind.NewStory, real.Kind);
        Assert.Equal(3, clusterer.Stories().Count);
    }

    [Fact]
    public void Articles_in_another_language_are_not_merged_into_english_stories()
    {
        var german = "Ein starkes Erdbeben hat die Stadt Veldmark erschüttert und mindestens 14 Menschen getötet. " +
            "Oberst Ivo Maresk leitet die Rettungsteams, die in der Nacht eingestürzte Häuser durchsuchten. " +
            "Gouverneurin Lena Ostrava rief für die Provinz Karsk den Notstand aus.";
        var stories = StoryGrouper.Group(
        [
            Make("wire", "Quake kills 14 in Veldmark", QuakeVeldmarkWire, 4),
            Make("de", "Erdbeben in Veldmark", german, 4),
            Make("own", "Night in the open", QuakeVeldmarkOwnReport, 5),
        ]);

        Assert.Equal(2, stories.Count);
        Assert.Equal(["wire", "own"], stories[0].ArticleIds);
        Assert.Equal(["de"], stories[1].ArticleIds);
    }

    [Fact]
    public void Undated_articles_are_clustered_by_content()
    {
        var stories = StoryGrouper.Group(
        [
            Make("wire", "Quake kills 14 in Veldmark", QuakeVeldmarkWire),
            Make("selbury", "Quake hits Selbury", QuakeSelburyReport),
            Make("own", "Night in the open", QuakeVeldmarkOwnReport),
            Make("selbury-2", "Selbury reopens", QuakeSelburyFollowUp),
        ]);

        Assert.Equal(2, stories.Count);
        Assert.Equal(["wire", "own"], stories[0].ArticleIds);
        Assert.Equal(["selbury", "selbury-2"], stories[1].ArticleIds);
    }

    [Fact]
    public void A_flood_of_identical_copies_joins_one_story_without_swamping_the_statistics()
    {
        var clusterer = new OnlineStoryClusterer();
        clusterer.Add(Make("wire", "Quake kills 14 in Veldmark", QuakeVeldmarkWire, 4));
        for (var i = 0; i < 2000; i++)
        {
            var copy = clusterer.Add(Make($"copy{i}", "Quake kills 14 in Veldmark", QuakeVeldmarkWire, 4));
            Assert.Equal(AssignmentKind.Copy, copy.Kind);
            Assert.Equal("wire", copy.DerivedFrom);
        }

        var documentsBefore = clusterer.Frequencies.Documents;
        var indexedBefore = clusterer.IndexedArticles;
        var own = clusterer.Add(Make("own", "Night in the open", QuakeVeldmarkOwnReport, 5));
        var other = clusterer.Add(Make("selbury", "Quake hits Selbury", QuakeSelburyReport, 6));

        Assert.Equal(1, documentsBefore); // copies are not independent documents
        Assert.Equal(1, indexedBefore);
        Assert.Equal(AssignmentKind.Joined, own.Kind);
        Assert.Equal(AssignmentKind.NewStory, other.Kind);
        Assert.Equal(2003, clusterer.Stories().Sum(s => s.ArticleIds.Count));
    }
}
