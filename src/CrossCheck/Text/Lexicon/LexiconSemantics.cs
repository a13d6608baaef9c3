namespace CrossCheck.Text;

/// <summary>Semantic classes of words: WordNet's lexicographer files ("noun.person", "verb.communication").</summary>
internal sealed partial class Lexicon
{
    /// <summary>How many of a lemma's most frequent senses decide its semantic class.</summary>
    private const int DominantSenses = 2;

    /// <summary>The lexicographer files of the word's senses as <paramref name="pos"/>, most frequent sense first,
    /// without repeats ("say" as a verb: verb.communication, verb.stative, ...).</summary>
    public IReadOnlyList<string> LexicalFiles(string word, PartOfSpeech pos)
    {
        ArgumentNullException.ThrowIfNull(word);
        var files = new List<string>();
        foreach (var (id, _) in BaseReadings(word, pos))
        {
            foreach (var synset in Data.Relations.LemmaSynsets[id])
            {
                var name = Data.LexicalFileNames[Data.SynsetLexicalFile[synset]];
                if (Data.SynsetPos[synset] == (byte)pos && !files.Contains(name))
                {
                    files.Add(name);
                }
            }
        }

        return files;
    }

    /// <summary>True when one of the first <paramref name="maxSenses"/> senses of the word as <paramref name="pos"/>
    /// belongs to <paramref name="lexicalFile"/> (e.g. "noun.person", "noun.location").</summary>
    public bool HasLexicalFile(string word, PartOfSpeech pos, string lexicalFile, int maxSenses = DominantSenses)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(lexicalFile);
        foreach (var (id, _) in BaseReadings(word, pos))
        {
            var seen = 0;
            foreach (var synset in Data.Relations.LemmaSynsets[id])
            {
                if (Data.SynsetPos[synset] != (byte)pos)
                {
                    continue;
                }

                if (seen++ == maxSenses)
                {
                    break;
                }

                if (string.Equals(Data.LexicalFileNames[Data.SynsetLexicalFile[synset]], lexicalFile, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True for verbs of speaking and reporting ("said", "told", "warned", "announced"): one of the verb's
    /// two most frequent senses is in WordNet's verb.communication file.</summary>
    public bool IsCommunicationVerb(string word) => HasLexicalFile(word, PartOfSpeech.Verb, "verb.communication");

    /// <summary>True when a dominant noun sense of the word denotes a person ("minister", "spokesman", "police"
    /// is a group and so is not).</summary>
    public bool IsPersonNoun(string word) => HasLexicalFile(word, PartOfSpeech.Noun, "noun.person");

    /// <summary>The lemmas WordNet groups with the word in one synset as <paramref name="pos"/>, most frequent
    /// sense first, without the word itself and without repeats.</summary>
    public IReadOnlyList<string> Synonyms(string word, PartOfSpeech pos)
    {
        ArgumentNullException.ThrowIfNull(word);
        var result = new List<string>();
        var readings = BaseReadings(word, pos);
        foreach (var (id, _) in readings)
        {
            foreach (var synset in Data.Relations.LemmaSynsets[id])
            {
                if (Data.SynsetPos[synset] != (byte)pos)
                {
                    continue;
                }

                foreach (var member in Data.Relations.Members[synset])
                {
                    var lemma = Data.Lemmas[member];
                    if (!WordForms.ContainsLemma(readings, member) && !result.Contains(lemma))
                    {
                        result.Add(lemma);
                    }
                }
            }
        }

        return result;
    }

    /// <summary>What WordNet says a proper noun is an instance of ("kosovo" → "geographical area"), the
    /// first lemma of each instance hypernym.</summary>
    public IReadOnlyList<string> InstanceOf(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var result = new List<string>();
        foreach (var (id, _) in BaseReadings(word, PartOfSpeech.Noun))
        {
            foreach (var synset in Data.Relations.LemmaSynsets[id])
            {
                foreach (var parent in Data.Relations.InstanceHypernyms[synset])
                {
                    var lemma = Data.Lemmas[Data.Relations.Members[parent][0]];
                    if (!result.Contains(lemma))
                    {
                        result.Add(lemma);
                    }
                }
            }
        }

        return result;
    }

    /// <summary>True when WordNet knows the word only as a name, always capitalised ("Kosovo", "NATO",
    /// "Albanian"); false for common words and for names WordNet does not list.</summary>
    public bool IsKnownName(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var normalised = WordForms.Normalise(word);
        return normalised.Length <= WordForms.MaxWordLength && Data.TryGetLemmaId(normalised, out var id) && Data.LemmaIsCapitalised[id] == 1;
    }

    private List<(int LemmaId, PartOfSpeech Pos)> BaseReadings(string word, PartOfSpeech pos)
    {
        var readings = WordForms.ScratchB;
        Morphy.AddBaseForms(Data, WordForms.Normalise(word), pos, readings);
        return readings;
    }
}
