using CrossCheck.Alignment;
using CrossCheck.Text;

namespace CrossCheck.Tests.Alignment;

/// <summary>One holder in states from opposite ends of one scale (decision 370): a thing destroyed or left intact, a
/// person dead or alive. Made-up pairs, through the path analyze takes.</summary>
public sealed class StateClashTests
{
    private static PairVerdict Relate(string a, string b) => OnePair.Relate(a, b);

    private static IEnumerable<string> Conflicts(PairVerdict verdict) =>
        verdict.Claims.SelectMany(c => c.Evidence).SelectMany(e => e.Conflicts);

    [Fact]
    public void A_thing_destroyed_and_left_intact_contradicts()
    {
        var verdict = Relate(
            "The blaze destroyed the old flour mill on the edge of Tarnby overnight, firefighters said.",
            "The old flour mill in Tarnby was left largely intact after the overnight blaze, firefighters said.");

        Assert.Equal(PairRelation.Contradicts, verdict.Relation);
        Assert.Contains("intact vs destroyed", Conflicts(verdict));
    }

    [Fact]
    public void A_person_dead_and_alive_contradicts()
    {
        var verdict = Relate(
            "The missing hiker was found alive on the glacier on Tuesday, rescuers said.",
            "The missing hiker died on the glacier on Tuesday, rescuers said.");

        Assert.Equal(PairRelation.Contradicts, verdict.Relation);
        Assert.Contains("died vs alive", Conflicts(verdict));
    }

    [Fact]
    public void The_object_of_a_causative_verb_holds_its_state()
    {
        var verdict = Relate(
            "The gunman killed the security guard at the depot before fleeing, police said.",
            "The security guard at the depot survived the shooting, police said.");

        Assert.Contains("survived vs killed", Conflicts(verdict));
    }

    [Fact]
    public void Counted_members_of_a_group_do_not_clash()
    {
        var verdict = Relate(
            "Two fishermen died when the trawler capsized off Brekka, the coastguard said.",
            "Six fishermen survived when the trawler capsized off Brekka, the coastguard said.");

        Assert.DoesNotContain("survived vs died", Conflicts(verdict));
    }

    [Fact]
    public void States_of_two_things_do_not_clash()
    {
        var verdict = Relate(
            "The storm destroyed a barn on the Helder farm on Sunday.",
            "The farmhouse on the Helder farm was left intact by Sunday's storm.");

        Assert.DoesNotContain("intact vs destroyed", Conflicts(verdict));
    }

    [Fact]
    public void A_negated_state_is_the_other_end()
    {
        var verdict = Relate(
            "The chapel was not destroyed in the flood, the parish said.",
            "The chapel was left intact by the flood, the parish said.");

        Assert.NotEqual(PairRelation.Contradicts, verdict.Relation);
    }

    [Fact]
    public void A_place_where_someone_died_is_not_its_holder()
    {
        var verdict = Relate(
            "The cyclist died in hospital on Sunday, police said.",
            "The hospital was left intact by the storm on Sunday, police said.");

        Assert.DoesNotContain("intact vs died", Conflicts(verdict));
        Assert.DoesNotContain("died vs intact", Conflicts(verdict));
    }

    [Fact]
    public void State_words_carry_their_scale_and_holder()
    {
        Assert.True(AttributeWords.Exclude(AttributeWords.StateOf("destroy")!.Value, AttributeWords.StateOf("intact")!.Value));
        Assert.True(AttributeWords.Exclude(AttributeWords.StateOf("die")!.Value, AttributeWords.StateOf("alive")!.Value));
        Assert.False(AttributeWords.Exclude(AttributeWords.StateOf("die")!.Value, AttributeWords.StateOf("intact")!.Value));
        Assert.Null(AttributeWords.StateOf("damage"));
        Assert.True(AttributeWords.HolderFollows("destroy"));
        Assert.False(AttributeWords.HolderFollows("die"));
    }
}
