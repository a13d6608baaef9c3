using CrossCheck.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CrossCheck.Tests.Text;

public sealed class LexiconPropertyTests
{
    private static readonly string[] Words =
    [
        "troops", "troop", "soldier", "soldiers", "army", "weapons", "arms", "drug", "narcotics", "smuggling", "smuggle",
        "increase", "enhance", "boost", "raise", "said", "say", "told", "urged", "border", "frontier", "violence",
        "unrest", "disturbance", "major", "great", "large", "Kosovo", "Serbia", "police", "the", "of", "banana",
        "election", "vote", "voted", "meeting", "meet", "casualties", "deaths", "killed", "died", "not", "",
        "Stoltenberg", "x", "running", "ran", "better", "good", "well",
    ];

    private static Arbitrary<string> WordArbitrary =>
        Gen.OneOf(Gen.Elements(Words), ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Relatedness_is_symmetric_and_bounded() =>
        Prop.ForAll(WordArbitrary, WordArbitrary, (a, b) =>
        {
            var ab = Lexicon.Default.Relatedness(a, b);
            Assert.InRange(ab, 0.0, 1.0);
            Assert.Equal(ab, Lexicon.Default.Relatedness(b, a));
            Assert.Equal(Lexicon.Default.AreSynonyms(a, b), Lexicon.Default.AreSynonyms(b, a));
            Assert.True(!Lexicon.Default.AreSynonyms(a, b) || ab == 1.0);
        });

    [Property(MaxTest = 300)]
    public Property A_word_is_fully_related_to_itself_and_to_its_lemma() =>
        Prop.ForAll(WordArbitrary, word =>
        {
            if (word.Trim().Length == 0)
            {
                return;
            }

            Assert.Equal(1.0, Lexicon.Default.Relatedness(word, word));
            var lemma = Lexicon.Default.Lemma(word);
            Assert.Equal(lemma, lemma.ToLowerInvariant());
            if (Lexicon.Default.IsKnown(word) && !Lexicon.Default.IsStopWord(word))
            {
                Assert.Equal(1.0, Lexicon.Default.Relatedness(word, lemma));
            }
        });

    [Property(MaxTest = 200)]
    public Property Lookups_never_throw_on_arbitrary_text() =>
        Prop.ForAll(TextGenerators.NewsTextArbitrary, text =>
        {
            _ = Lexicon.Default.Lemma(text);
            _ = Lexicon.Default.PartsOfSpeech(text);
            _ = Lexicon.Default.IsStopWord(text);
            _ = Lexicon.Default.LexicalFiles(text, PartOfSpeech.Verb);
            _ = Lexicon.Default.IsKnownName(text);
            Assert.InRange(Lexicon.Default.Relatedness(text, "troops"), 0.0, 1.0);
        });
}
