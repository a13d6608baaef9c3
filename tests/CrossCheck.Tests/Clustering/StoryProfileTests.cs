using CrossCheck.Clustering;
using CrossCheck.Clustering.Features;
using CrossCheck.Clustering.NearDuplicates;
using CrossCheck.Clustering.Online;
using static CrossCheck.Tests.Clustering.ClusteringFixtures;

namespace CrossCheck.Tests.Clustering;

/// <summary>The shortcuts taken for speed (incremental story norms, copy sketches computed ahead) must give the
/// same answers as the plain computations; the principal-name conflict must tell two people apart.</summary>
public sealed class StoryProfileTests
{
    private const string KestrelArrest =
        "Riverton Hawks receiver Dario Kestrel was arrested early Sunday on suspicion of drunk driving. " +
        "Kestrel was stopped on Route 9 by the highway patrol, the Hawks said. Kestrel will play on Saturday.";

    private const string KestrelFollowUp =
        "On Monday, Dario Kestrel apologised to Riverton Hawks fans. Kestrel said he made a terrible decision. " +
        "The Hawks fined Kestrel one game cheque.";

    private const string BrandtArrest =
        "Riverton Hawks tackle Milo Brandt was arrested on suspicion of drunk driving on Route 9. " +
        "Brandt was speeding, the highway patrol said, and the Hawks suspended Brandt for one game.";

    [Fact]
    public void Incremental_story_norms_equal_a_full_recomputation()
    {
        var profiles = new[] { QuakeVeldmarkWire, QuakeVeldmarkOwnReport, QuakeSelburyReport, TrialReport }
            .Select((text, i) => ProfileBuilder.Build(Make("a" + i, "Quake report " + i, text, 4 + i), i))
            .ToList();
        var frequencies = new DocumentFrequencies();
        profiles.ForEach(frequencies.Add);
        var story = new StoryProfile(0);
        story.Add(profiles[0], frequencies);
        story.Norms.Recompute(story, frequencies);

        foreach (var profile in profiles.Skip(1))
        {
            story.Add(profile, frequencies);
        }

        var incremental = story.Norms.Values.ToArray();
        story.Norms.Recompute(story, frequencies);
        for (var i = 0; i < incremental.Length; i++)
        {
            Assert.Equal(story.Norms.Values[i], incremental[i], 4);
        }

        Assert.True(incremental[1] > 0 && incremental[2] > 0);
    }

    [Fact]
    public void A_copy_sketch_computed_ahead_is_used_only_under_the_same_settings()
    {
        var article = Make("wire", "t", QuakeVeldmarkWire, 4);
        var options = ClusteringOptions.Default;
        var ahead = ArticleProfiler.Build(article, options);
        var index = new NearDuplicateIndex(options);

        var sketch = index.SketchOf(ahead);
        Assert.Same(ahead.CopySketch, sketch);
        Assert.Equal(index.SketchOf(ArticleProfiler.Build(article)).Signature, sketch.Signature);

        var other = new NearDuplicateIndex(options with { MinHashCount = 32, Bands = 8 });
        Assert.Equal(32, other.SketchOf(ahead).Signature.Length);
    }

    [Fact]
    public void The_principal_name_is_the_most_mentioned_full_name()
    {
        var kestrel = ProfileBuilder.Build(Make("k", "t", KestrelArrest, 4), 0);
        var kestrelAgain = ProfileBuilder.Build(Make("k2", "t", KestrelFollowUp, 5), 1);
        var brandt = ProfileBuilder.Build(Make("b", "t", BrandtArrest, 4), 2);
        var oneMention = ProfileBuilder.Build(Make("o", "t", "Coach Ana Veld said the team would wait.", 4), 3);

        Assert.NotNull(kestrel.PrincipalName);
        Assert.Equal(kestrel.PrincipalName, kestrelAgain.PrincipalName);
        Assert.NotEqual(kestrel.PrincipalName, brandt.PrincipalName);
        Assert.Null(oneMention.PrincipalName);
    }

    [Fact]
    public void Stories_about_different_people_conflict_and_a_story_about_the_same_person_does_not()
    {
        var kestrel = ProfileBuilder.Build(Make("k", "t", KestrelArrest, 4), 0);
        var kestrelAgain = ProfileBuilder.Build(Make("k2", "t", KestrelFollowUp, 5), 1);
        var brandt = ProfileBuilder.Build(Make("b", "t", BrandtArrest, 4), 2);
        var mentionsBoth = ProfileBuilder.Build(Make("m", "t", BrandtArrest + " Weeks earlier Dario Kestrel was arrested too.", 5), 3);
        var story = new StoryProfile(0);
        story.Add(kestrel);

        Assert.True(PrincipalNameConflict.Between(brandt, story));
        Assert.False(PrincipalNameConflict.Between(kestrelAgain, story));
        Assert.False(PrincipalNameConflict.Between(mentionsBoth, story)); // names the story's person: no conflict

        var other = new StoryProfile(1);
        other.Add(brandt);
        Assert.True(PrincipalNameConflict.Between(story, other));
    }
}
