using CrossCheck.Alignment;

namespace CrossCheck.Tests.Alignment;

/// <summary>One name given as one entity by one report and as several units by the other is matched in full
/// (<see cref="SplitNames"/>); a name that only begins the same way, a part of a name, or a common noun, is not.</summary>
public sealed class SplitNamesTests
{
    private static readonly UnitMatcher Matcher = new(FakeLexicon.Empty);

    [Fact]
    public void Two_entities_that_together_spell_the_others_one_name_are_both_matched()
    {
        var a = Profile(Entity("Harrow Vale", "e1"), Entity("Magistrates' Court", "e2"), Word("friday"));
        var b = Profile(Entity("Harrow Vale Magistrates Court", "e3"), Word("friday"));

        var alignment = WordAligner.Align(a, b, Matcher);

        Assert.Equal(UnitMatcher.EntityWordScore, alignment.SimilarityA[0], 6);
        Assert.Equal(UnitMatcher.EntityWordScore, alignment.SimilarityA[1], 6);
        Assert.Equal(UnitMatcher.EntityWordScore, alignment.SimilarityB[0], 6);
        Assert.Equal(0, alignment.MatchA[0]);
        Assert.Equal(0, alignment.MatchA[1]);
        Assert.Equal(1.0, alignment.SimilarityA[2]);
    }

    [Fact]
    public void An_entity_and_the_words_after_it_spell_a_longer_name_in_the_other_report()
    {
        var a = Profile(Word("due"), Entity("Ormand", "e1"), Word("district"), Word("magistrates"), Word("court"));
        var b = Profile(Word("appear"), Entity("Ormand District Magistrates", "e2"), Word("court"));

        var alignment = WordAligner.Align(a, b, Matcher);

        Assert.Equal(UnitMatcher.EntityWordScore, alignment.SimilarityA[1], 6);
        Assert.Equal(UnitMatcher.EntityWordScore, alignment.SimilarityA[2], 6);
        Assert.True(alignment.SimilarityA[3] >= UnitMatcher.EntityWordScore);
        Assert.Equal(0.0, alignment.SimilarityA[0]);
    }

    [Fact]
    public void Accents_and_the_possessive_do_not_part_two_spellings_of_one_name()
    {
        var alignment = WordAligner.Align(
            Profile(Entity("Place Vendome", "e1"), Entity("Harrow Vale", "e2"), Entity("Magistrates' Court", "e3")),
            Profile(Entity("Place Vendôme", "e4"), Entity("Harrow Vale Magistrates Court", "e5")),
            Matcher);

        Assert.Equal(UnitMatcher.EntityWordScore, alignment.SimilarityA[0], 6);
        Assert.Equal(UnitMatcher.EntityWordScore, alignment.SimilarityB[0], 6);
        Assert.Equal(UnitMatcher.EntityWordScore, alignment.SimilarityA[2], 6);
    }

    [Fact]
    public void A_part_of_a_name_is_left_to_the_entity_resolver()
    {
        // "Petrov" may be Ana Petrov or a relative: the resolver, not the aligner, says which.
        var alignment = WordAligner.Align(Profile(Entity("Petrov", "e1")), Profile(Entity("Ana Petrov", "e2")), Matcher);

        Assert.Equal(0.0, alignment.SimilarityA[0]);
    }

    [Fact]
    public void A_name_that_only_begins_like_the_others_is_not_matched()
    {
        // "Harrow Vale station" is not "Harrow Vale Crown Court", and "Ana" alone is not "Ana Petrov".
        var alignment = WordAligner.Align(
            Profile(Entity("Harrow Vale", "e1"), Word("station"), Entity("Ana", "e2")),
            Profile(Entity("Harrow Vale Crown Court", "e3"), Entity("Ana Petrov", "e4")),
            Matcher);

        Assert.Equal(0.0, alignment.SimilarityA[0]);
        Assert.Equal(0.0, alignment.SimilarityA[2]);
        Assert.Equal(0.0, alignment.SimilarityB[0]);
    }

    [Fact]
    public void A_common_noun_alone_is_not_absorbed_into_a_name()
    {
        // "court" is matched as a word of the name (UnitMatcher), never as the whole of it, and a second "court"
        // is left unmatched.
        var alignment = WordAligner.Align(
            Profile(Word("court"), Word("court")),
            Profile(Entity("Harrow Vale Crown Court", "e3")),
            Matcher);

        Assert.Equal(1, alignment.SimilarityA.Count(s => s > 0));
    }

    private static TextProfile Profile(params AlignmentUnit[] units) =>
        new([.. units.Select((u, i) => u with { Position = i, Weight = 1.0 })], false, []);

    private static AlignmentUnit Entity(string surface, string key) =>
        new(UnitKind.Entity, key, surface, 0, 1.0, SurfaceWords: surface.ToLowerInvariant().Split(' '));

    private static AlignmentUnit Word(string surface) =>
        new(UnitKind.Word, FakeLexicon.Empty.Lemma(surface), surface, 0, 1.0);
}
