using CrossCheck.Alignment;

namespace CrossCheck.Tests.Alignment;

public sealed class UnitNumberingTests
{
    private static AlignmentUnit Word(string lemma) => new(UnitKind.Word, lemma, lemma, 0, 1.0);

    private static AlignmentUnit Entity(string key, string surface) =>
        new(UnitKind.Entity, key, surface, 0, 1.0, SurfaceWords: surface.ToLowerInvariant().Split(' '));

    [Fact]
    public void Units_of_one_lemma_or_one_entity_surface_share_an_id_and_others_do_not()
    {
        var numbering = new UnitNumbering();

        var troops = numbering.Number(Word("troop"));
        var troopsAgain = numbering.Number(Word("troop") with { Position = 7, Weight = 2.0 });
        var soldier = numbering.Number(Word("soldier"));
        var rama = numbering.Number(Entity("e1", "Edi Rama"));
        var ramaShort = numbering.Number(Entity("e1", "Rama"));

        Assert.True(troops.Id >= 0);
        Assert.Equal(troops.Id, troopsAgain.Id);
        Assert.Equal(5, new[] { troops.Id, soldier.Id, rama.Id, ramaShort.Id, numbering.Number(Word("rama")).Id }.Distinct().Count());
    }

    [Fact]
    public void Numbered_and_unnumbered_units_compare_alike()
    {
        var lexicon = new FakeLexicon(["troop", "soldier"]);
        var matcher = new UnitMatcher(lexicon);
        var numbering = new UnitNumbering();
        AlignmentUnit[] units = [Word("troop"), Word("soldier"), Word("border"), Entity("e1", "Kosovo Force"), Word("force")];
        var numbered = units.Select(numbering.Number).ToArray();

        for (var i = 0; i < units.Length; i++)
        {
            for (var j = 0; j < units.Length; j++)
            {
                Assert.Equal(new UnitMatcher(lexicon).Similarity(units[i], units[j]), matcher.Similarity(numbered[i], numbered[j]));
            }
        }

        Assert.Equal(UnitMatcher.SynonymScore, matcher.Similarity(numbered[0], numbered[1]));
    }
}
