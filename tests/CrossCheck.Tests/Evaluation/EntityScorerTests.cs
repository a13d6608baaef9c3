using CrossCheck.Dossiers;
using CrossCheck.Evaluation;

namespace CrossCheck.Tests.Evaluation;

public sealed class EntityScorerTests
{
    private static SectionScore Score(params EntityEntry[] entities) =>
        SmallGold.Section(SmallGold.WithStory(SmallGold.Perfect, s => s with { Entities = entities }), EvaluationSections.Entities);

    private static EntityEntry Entity(string name, EntityTypeValue type, params string[] aliases) =>
        new(name, name, type, aliases, ["a"]);

    [Fact]
    public void Merged_aliases_with_the_right_type_score_one()
    {
        var score = Score(
            Entity("Katrin Oduya", EntityTypeValue.Person, "Oduya", "Mayor Katrin Oduya"),
            Entity("NWA", EntityTypeValue.Organization, "the National Water Authority"));

        Assert.Equal(1.0, score.F1);
    }

    [Fact]
    public void Aliases_left_apart_are_wrong_and_each_fragment_costs_precision()
    {
        var score = Score(
            Entity("Katrin Oduya", EntityTypeValue.Person),
            Entity("Oduya", EntityTypeValue.Person),
            Entity("National Water Authority", EntityTypeValue.Organization, "NWA"));

        Assert.Equal(0.5, score.Recall);
        Assert.Equal(1.0 / 3, score.Precision, 3);
    }

    [Fact]
    public void Two_entities_merged_into_one_are_both_wrong()
    {
        var score = Score(Entity("Katrin Oduya", EntityTypeValue.Person, "Oduya", "National Water Authority", "NWA"));

        Assert.Equal(0.0, score.F1);
    }

    [Fact]
    public void Wrong_type_is_wrong()
    {
        var score = Score(
            Entity("Katrin Oduya", EntityTypeValue.Place, "Oduya"),
            Entity("National Water Authority", EntityTypeValue.Organization, "NWA"));

        Assert.Equal(0.5, score.Recall);
    }

    [Fact]
    public void Entities_unrelated_to_the_gold_do_not_cost_precision()
    {
        var score = Score(
            Entity("Katrin Oduya", EntityTypeValue.Person, "Oduya"),
            Entity("National Water Authority", EntityTypeValue.Organization, "NWA"),
            Entity("Velmora", EntityTypeValue.Place));

        Assert.Equal(1.0, score.Precision);
    }
}
