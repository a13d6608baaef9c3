using CrossCheck.Text;

namespace CrossCheck.Tests.Text;

public sealed class LexiconTests
{
    private static readonly Lexicon Lexicon = Lexicon.Default;

    [Theory]
    [InlineData("urged", "urge")]
    [InlineData("troops", "troop")]
    [InlineData("Troops", "troop")]
    [InlineData("weapons", "weapon")]
    [InlineData("was", "be")]
    [InlineData("having", "have")]
    [InlineData("countries", "country")]
    [InlineData("country's", "country")]
    [InlineData("country’s", "country")]
    [InlineData("went", "go")]
    [InlineData("children", "child")]
    [InlineData("news", "news")]
    [InlineData("physics", "physics")]
    [InlineData("as", "as")]
    [InlineData("us", "us")]
    [InlineData("larger", "large")]
    [InlineData("ultranationalists", "ultranationalist")]
    [InlineData("Stoltenberg", "stoltenberg")]
    [InlineData("peacekeepers", "peacekeeper")]
    [InlineData("casualties", "casualty")]
    public void Lemma_undoes_inflection(string word, string expected) => Assert.Equal(expected, Lexicon.Lemma(word));

    [Theory]
    [InlineData("saw", PartOfSpeech.Verb, "see")]
    [InlineData("saw", PartOfSpeech.Noun, "saw")]
    [InlineData("meeting", PartOfSpeech.Noun, "meeting")]
    [InlineData("meeting", PartOfSpeech.Verb, "meet")]
    [InlineData("better", PartOfSpeech.Adjective, "good")]
    public void Lemma_with_part_of_speech_follows_morphy(string word, object pos, string expected) =>
        Assert.Equal(expected, Lexicon.Lemma(word, (PartOfSpeech)pos));

    [Theory]
    [InlineData("enhance", "increase")]
    [InlineData("arms", "weapons")]
    [InlineData("weapon", "arm")]
    [InlineData("boost", "increase")]
    [InlineData("urged", "urge")]
    public void AreSynonyms_finds_shared_senses(string a, string b)
    {
        Assert.True(Lexicon.AreSynonyms(a, b));
        Assert.True(Lexicon.AreSynonyms(b, a));
        Assert.Equal(1.0, Lexicon.Relatedness(a, b));
    }

    [Theory]
    [InlineData("enhance", "banana")]
    [InlineData("weapons", "election")]
    [InlineData("the", "a")]
    public void AreSynonyms_rejects_unrelated_words(string a, string b) => Assert.False(Lexicon.AreSynonyms(a, b));

    [Theory]
    [InlineData("smuggling", "smuggle", 0.8)]
    [InlineData("smuggler", "smuggle", 0.8)]
    [InlineData("narcotics", "drugs", 0.8)]
    [InlineData("boost", "raise", 0.5)]
    [InlineData("violence", "force", 0.5)]
    [InlineData("large", "big", 0.8)]
    public void Relatedness_is_graded_for_related_words(string a, string b, double atLeast)
    {
        var score = Lexicon.Relatedness(a, b);
        Assert.InRange(score, atLeast, 1.0);
        Assert.Equal(score, Lexicon.Relatedness(b, a));
    }

    [Theory]
    [InlineData("narcotic", "drug", RelatednessScorerValues.DirectHypernym)]
    [InlineData("smuggler", "smuggle", RelatednessScorerValues.Derivational)]
    [InlineData("killed", "died", RelatednessScorerValues.Consequence)]
    [InlineData("died", "killed", RelatednessScorerValues.Consequence)]
    [InlineData("snore", "sleep", RelatednessScorerValues.Consequence)]
    public void Relatedness_uses_the_documented_grades(string a, string b, double expected) =>
        Assert.Equal(expected, Lexicon.Relatedness(a, b));

    [Theory]
    [InlineData("weapons", "banana")]
    [InlineData("election", "smuggling")]
    [InlineData("kosovo", "violin")]
    [InlineData("stoltenberg", "rama")]
    [InlineData("", "drug")]
    public void Relatedness_of_unrelated_words_is_zero(string a, string b) => Assert.Equal(0.0, Lexicon.Relatedness(a, b));

    [Theory]
    [InlineData("the", true)]
    [InlineData("The", true)]
    [InlineData("not", true)]
    [InlineData("don’t", true)]
    [InlineData("weapons", false)]
    [InlineData("Kosovo", false)]
    public void IsStopWord_uses_the_english_list(string word, bool expected) => Assert.Equal(expected, Lexicon.IsStopWord(word));

    [Theory]
    [InlineData("said", true)]
    [InlineData("told", true)]
    [InlineData("warned", true)]
    [InlineData("announced", true)]
    [InlineData("deployed", false)]
    [InlineData("erupted", false)]
    public void IsCommunicationVerb_uses_the_lexicographer_file(string word, bool expected) =>
        Assert.Equal(expected, Lexicon.IsCommunicationVerb(word));

    [Fact]
    public void LexicalFiles_lists_the_classes_most_frequent_sense_first()
    {
        var files = Lexicon.LexicalFiles("minister", PartOfSpeech.Noun);
        Assert.Equal("noun.person", files[0]);
        Assert.Contains("verb.communication", Lexicon.LexicalFiles("say", PartOfSpeech.Verb));
    }

    [Fact]
    public void PartsOfSpeech_reports_every_reading_of_a_form()
    {
        Assert.Equal(PartOfSpeechSet.Verb | PartOfSpeechSet.Adjective, Lexicon.PartsOfSpeech("armed"));
        Assert.True(Lexicon.PartsOfSpeech("police").Contains(PartOfSpeech.Noun));
        Assert.Equal(PartOfSpeechSet.None, Lexicon.PartsOfSpeech("the"));
        Assert.Equal(PartOfSpeech.Verb, Lexicon.MostFrequentPartOfSpeech("said"));
    }

    [Fact]
    public void Synonyms_and_instances_come_from_wordnet()
    {
        Assert.Contains("heighten", Lexicon.Synonyms("enhance", PartOfSpeech.Verb));
        Assert.DoesNotContain("enhance", Lexicon.Synonyms("enhance", PartOfSpeech.Verb));
        Assert.NotEmpty(Lexicon.InstanceOf("Kosovo"));
        Assert.Empty(Lexicon.InstanceOf("weapon"));
    }

    [Theory]
    [InlineData("Kosovo", true)]
    [InlineData("NATO", true)]
    [InlineData("albanian", true)]
    [InlineData("troops", false)]
    [InlineData("Stoltenberg", false)]
    public void IsKnownName_marks_lemmas_wordnet_always_capitalises(string word, bool expected) =>
        Assert.Equal(expected, Lexicon.IsKnownName(word));

    [Fact]
    public void Lookups_are_thread_safe()
    {
        var words = new[] { "troops", "urged", "smuggling", "weapons", "countries", "said" };
        var expected = words.Select(Lexicon.Lemma).ToArray();
        Parallel.For(0, 2000, i => Assert.Equal(expected[i % words.Length], Lexicon.Lemma(words[i % words.Length])));
        Parallel.For(0, 500, _ => Assert.Equal(1.0, Lexicon.Relatedness("arms", "weapons")));
    }

    private static class RelatednessScorerValues
    {
        public const double DirectHypernym = 0.8;
        public const double Derivational = 0.8;
        public const double Consequence = 0.9;
    }
}
