using CrossCheck.Clustering;
using CrossCheck.Clustering.Features;
using CrossCheck.Clustering.Online;
using CrossCheck.Clustering.Refinement;
using CrossCheck.Extraction;
using Xunit;
using static CrossCheck.Tests.Clustering.Refinement.SameKindEvents;

namespace CrossCheck.Tests.Clustering.Refinement;

public sealed class StoryRefinerTests
{
    private static readonly Article Trial = ClusteringFixtures.Make("trial", "Banker sentenced", ClusteringFixtures.TrialReport);

    [Fact]
    public void A_story_holding_two_events_of_one_kind_is_split_into_the_two()
    {
        var articles = Reports(Alvik, 6).Concat(Reports(Brannock, 6)).ToList();

        var refined = Refine(articles, [Story(articles)]);

        Assert.Equal(2, refined.Count);
        Assert.All(refined, s => Assert.Single(s.ArticleIds.Select(id => id.Split('-')[0]).Distinct()));
    }

    [Fact]
    public void A_story_of_one_event_is_left_as_it_was()
    {
        var articles = Reports(Alvik, 8).ToList();
        var story = Story(articles);

        var refined = Refine(articles, [story]);

        Assert.Same(story, Assert.Single(refined));
    }

    [Fact]
    public void A_stray_report_joins_the_story_of_its_event()
    {
        var alvik = Reports(Alvik, 5).ToList();
        var brannock = Reports(Brannock, 5).ToList();
        var stray = Report(Alvik, 7);

        var refined = Refine([.. alvik, .. brannock, stray], [Story(alvik), Story(brannock), Story([stray])]);

        Assert.Equal(2, refined.Count);
        Assert.Contains(refined, s => s.ArticleIds.Contains(stray.Id) && s.ArticleIds.Contains(alvik[0].Id));
    }

    [Fact]
    public void An_unrelated_single_report_stays_alone()
    {
        var alvik = Reports(Alvik, 5).ToList();

        var refined = Refine([.. alvik, Trial], [Story(alvik), Story([Trial])]);

        Assert.Equal(2, refined.Count);
        Assert.Contains(refined, s => s.ArticleIds.SequenceEqual([Trial.Id]));
    }

    [Fact]
    public void A_copy_follows_the_report_it_derives_from_and_keeps_its_link()
    {
        var articles = Reports(Alvik, 6).Concat(Reports(Brannock, 6)).ToList();
        var copy = Report(Brannock, 2, outlet: "Copy Desk") with { Id = "copy-of-brannock-2" };
        var derived = new Dictionary<string, string>(StringComparer.Ordinal) { [copy.Id] = "brannock-2" };
        var merged = Story([.. articles, copy]) with { DerivedFrom = derived };

        var refined = Refine([.. articles, copy], [merged]);

        var brannock = Assert.Single(refined, s => s.ArticleIds.Contains("brannock-2"));
        Assert.Contains(copy.Id, brannock.ArticleIds);
        Assert.Equal("brannock-2", brannock.DerivedFrom[copy.Id]);
        Assert.DoesNotContain(refined, s => s.ArticleIds.Contains("alvik-0") && s.DerivedFrom.Count > 0);
    }

    [Fact]
    public void Split_stories_take_the_id_and_title_of_their_earliest_report()
    {
        var articles = Reports(Brannock, 6).Concat(Reports(Alvik, 6)).ToList();

        var refined = Refine(articles, [Story(articles)]);

        var alvik = Assert.Single(refined, s => s.ArticleIds.Contains("alvik-0"));
        Assert.Equal("alvik-0", alvik.ArticleIds[0]);
        Assert.Equal(StoryState.IdFor("alvik-0"), alvik.Id);
        Assert.Equal("Joren Alvik arrested in Portmere", alvik.Title);
        var brannock = Assert.Single(refined, s => s.ArticleIds.Contains("brannock-0"));
        Assert.Equal(StoryState.IdFor("brannock-0"), brannock.Id);
    }

    [Fact]
    public void The_grouper_splits_what_the_online_pass_merged_only_when_refinement_is_on()
    {
        var articles = Reports(Alvik, 6).Concat(Reports(Brannock, 6)).ToList();
        // The variants share whole sentences, which copy detection would (rightly) call rewrites: off here, so
        // every report is independent and the online pass, with a very low join threshold, merges the two events.
        var loose = ClusteringOptions.Default with { JoinThreshold = 0.05, ResemblanceThreshold = 1.1, OverlapThreshold = 1.1 };

        var online = StoryGrouper.Group(articles, loose with { Refinement = null });
        var refined = StoryGrouper.Group(articles, loose);

        Assert.Single(online);
        Assert.Equal(2, refined.Count);
    }

    private static IEnumerable<Article> Reports(Event e, int count) => Enumerable.Range(0, count).Select(i => Report(e, i));

    private static Story Story(IReadOnlyList<Article> members) =>
        new(StoryState.IdFor(members[0].Id), members[0].Title, [.. members.Select(a => a.Id)], new Dictionary<string, string>());

    private static IReadOnlyList<Story> Refine(IReadOnlyList<Article> articles, IReadOnlyList<Story> stories)
    {
        var frequencies = new DocumentFrequencies();
        var profiles = new Dictionary<string, ArticleProfile>(StringComparer.Ordinal);
        foreach (var (article, sequence) in articles.Select((a, i) => (a, i)))
        {
            var profile = ArticleProfiler.Build(article).WithSequence(sequence);
            frequencies.Add(profile);
            profiles[article.Id] = profile;
        }

        return new StoryRefiner(RefinementOptions.Default).Refine(stories, profiles, articles.ToDictionary(a => a.Id, a => a.Title), frequencies);
    }
}
