using CrossCheck.Clustering;
using CrossCheck.Extraction;
using static CrossCheck.Tests.Clustering.ClusteringFixtures;

namespace CrossCheck.Tests.Clustering;

public sealed class StoryGrouperTests
{
    private static IReadOnlyList<Article> MixedFeed() =>
    [
        Make("veld-wire", "Quake kills 14 in Veldmark", QuakeVeldmarkWire, 4, "Northwire"),
        Make("selbury-1", "Quake hits Selbury harbour", QuakeSelburyReport, 8, "Coast Herald", month: 11),
        Make("veld-own", "Night in the open after Veldmark quake", QuakeVeldmarkOwnReport, 5, "Karsk Daily"),
        Make("trial", "Banker jailed for six years", TrialReport, 6, "Vale Times"),
        Make("selbury-2", "Selbury ferry terminal reopens", QuakeSelburyFollowUp, 10, "Brenland Post", month: 11),
    ];

    [Fact]
    public void Reports_of_the_same_event_form_one_story_and_events_of_the_same_kind_stay_apart()
    {
        var stories = StoryGrouper.Group(MixedFeed());

        Assert.Equal(3, stories.Count);
        Assert.Equal(["veld-wire", "veld-own"], stories[0].ArticleIds);
        Assert.Equal(["selbury-1", "selbury-2"], stories[1].ArticleIds);
        Assert.Equal(["trial"], stories[2].ArticleIds);
        Assert.All(stories, s => Assert.Empty(s.DerivedFrom));
    }

    [Fact]
    public void Story_title_is_the_title_of_the_earliest_independent_article()
    {
        var rewrite = Make("veld-copy", "COPY: quake", "Reports say: " + QuakeVeldmarkWire, 2, "Copycat News");
        var stories = StoryGrouper.Group([.. MixedFeed(), rewrite]);

        var veldmark = Assert.Single(stories, s => s.ArticleIds.Contains("veld-wire"));
        Assert.Equal("COPY: quake", veldmark.Title); // published first: it is the original, the wire derives from it
        Assert.Equal("veld-copy", veldmark.DerivedFrom["veld-wire"]);
    }

    [Fact]
    public void Story_ids_are_stable_across_runs_and_input_orders()
    {
        var first = StoryGrouper.Group(MixedFeed());
        var second = StoryGrouper.Group(MixedFeed().Reverse().ToList());

        Assert.Equal(
            first.Select(s => s.Id).Order(StringComparer.Ordinal),
            second.Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.Equal(first.Select(s => s.Id).Distinct().Count(), first.Count);
        Assert.All(first, s => Assert.Matches("^s[0-9a-f]{12}$", s.Id));
    }

    [Fact]
    public void A_copy_with_most_sentences_derives_from_the_earliest_original()
    {
        var copy = Make("copy", "Veldmark earthquake kills 14",
            QuakeVeldmarkWire.Replace("early on Tuesday", "on Tuesday morning", StringComparison.Ordinal), 5, "Regional Echo");
        var copyOfCopy = Make("copy2", "Veldmark quake", QuakeVeldmarkWire, 6, "Third Paper");
        var stories = StoryGrouper.Group([copyOfCopy, copy, .. MixedFeed()]);

        var veldmark = Assert.Single(stories, s => s.ArticleIds.Contains("veld-wire"));
        Assert.Equal("veld-wire", veldmark.DerivedFrom["copy"]);
        Assert.Equal("veld-wire", veldmark.DerivedFrom["copy2"]);
        Assert.False(veldmark.DerivedFrom.ContainsKey("veld-wire"));
        Assert.False(veldmark.DerivedFrom.ContainsKey("veld-own"));
        Assert.Equal("Quake kills 14 in Veldmark", veldmark.Title);
    }

    [Fact]
    public void A_short_rewrite_inside_a_long_article_is_a_rewrite_by_containment()
    {
        var longArticle = Make("long", "Veldmark quake: a full account",
            QuakeVeldmarkWire + " " + string.Join(" ", Enumerable.Range(1, 12).Select(i =>
                $"Volunteer group number {i} from the district of Ternhollow {i} drove supplies over the pass, camping beside road marker {i * 7}.")),
            4, "Long Read");
        var shortRewrite = Make("short", "Quake in Veldmark",
            "Rescue teams led by Colonel Ivo Maresk searched collapsed houses in the old quarter through the night. " +
            "Governor Lena Ostrava declared a state of emergency across the Karsk province and asked for tents and blankets.",
            5, "Brief Wire");

        var stories = StoryGrouper.Group([shortRewrite, longArticle]);

        var story = Assert.Single(stories);
        Assert.Equal("long", story.DerivedFrom["short"]);
        Assert.False(story.DerivedFrom.ContainsKey("long"));
    }

    [Fact]
    public void Crediting_an_outlet_whose_article_is_in_the_story_derives_from_it()
    {
        var credited = Make("credited", "Veldmark toll climbs",
            "The number of dead in the Veldmark earthquake climbed to 16, according to Northwire. " +
            "Governor Lena Ostrava of the Karsk province asked for tents, and Colonel Ivo Maresk said rescue teams were still searching houses.",
            5, "Metro Digest");
        var stories = StoryGrouper.Group([.. MixedFeed(), credited]);

        var veldmark = Assert.Single(stories, s => s.ArticleIds.Contains("credited"));
        Assert.Equal("veld-wire", veldmark.DerivedFrom["credited"]);
        Assert.False(veldmark.DerivedFrom.ContainsKey("veld-own"));
    }

    [Fact]
    public void Crediting_its_own_outlet_by_another_name_is_no_derivation()
    {
        // "northwire.com" is Northwire: the report credits its own outlet, not an earlier report of the story.
        var own = Make("own-site", "Veldmark toll climbs",
            "The number of dead in the Veldmark earthquake climbed to 16, according to Northwire. " +
            "Governor Lena Ostrava of the Karsk province asked for tents, and Colonel Ivo Maresk said rescue teams were still searching houses.",
            5, "northwire.com");
        var stories = StoryGrouper.Group([.. MixedFeed(), own]);

        var veldmark = Assert.Single(stories, s => s.ArticleIds.Contains("own-site"));
        Assert.False(veldmark.DerivedFrom.ContainsKey("own-site"));
    }

    [Fact]
    public void Crediting_an_outlet_absent_from_the_story_changes_nothing()
    {
        var credited = Make("credited", "Veldmark toll climbs",
            "The number of dead in the Veldmark earthquake climbed to 16, according to Associated Press. " +
            "Governor Lena Ostrava of the Karsk province asked for tents, and Colonel Ivo Maresk said rescue teams were still searching houses.",
            5, "Metro Digest");
        var stories = StoryGrouper.Group([.. MixedFeed(), credited]);

        var veldmark = Assert.Single(stories, s => s.ArticleIds.Contains("credited"));
        Assert.Empty(veldmark.DerivedFrom);
    }

    [Fact]
    public void The_seed_reports_are_one_story_of_independent_reports()
    {
        var seeds = SeedArticles.Load();

        var story = Assert.Single(StoryGrouper.Group(seeds));
        Assert.Equal(2, story.ArticleIds.Count);
        Assert.Empty(story.DerivedFrom);
    }
}
