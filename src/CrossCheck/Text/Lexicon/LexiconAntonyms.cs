namespace CrossCheck.Text;

/// <summary>Opposites from WordNet's antonym links ("increase"/"decrease", "win"/"lose", "liberal"/"conservative").</summary>
internal sealed partial class Lexicon
{
    /// <summary>How many of a word's most frequent senses (per part of speech) are considered: rare senses make
    /// opposites of words that are not ("come"'s eighth sense).</summary>
    public const int AntonymSenses = 3;

    /// <summary>True when a frequent sense of one word is the opposite of a frequent sense of the other: a direct
    /// antonym link between their synsets; for adjectives also through similar adjectives ("soggy" is like "wet",
    /// the opposite of "dry"); for verbs also through the verb each is a way of ("reduce" is a way to "decrease",
    /// the opposite of "increase"). Words sharing a sense are never opposites. Manner words of adequacy, which
    /// WordNet mostly does not link, are opposites across <see cref="AdequacyWords"/>' two lists ("well" /
    /// "insufficiently").</summary>
    public bool AreAntonyms(string wordA, string wordB)
    {
        ArgumentNullException.ThrowIfNull(wordA);
        ArgumentNullException.ThrowIfNull(wordB);
        if (AdequacyWords.AreOpposite(wordA, wordB))
        {
            return true;
        }

        var a = FrequentSenses(wordA);
        var b = FrequentSenses(wordB);
        if (a.Count == 0 || b.Count == 0 || a.Overlaps(b))
        {
            return false;
        }

        var data = Data;
        WidenVerbs(data, a);
        WidenVerbs(data, b);
        return Opposes(data, a, b) || Opposes(data, b, a);
    }

    private HashSet<int> FrequentSenses(string word)
    {
        var senses = new HashSet<int>();
        var normalised = WordForms.Normalise(word);
        if (normalised.Length == 0 || normalised.Length > WordForms.MaxWordLength || StopWords.Set.Contains(normalised))
        {
            return senses;
        }

        var readings = new List<(int LemmaId, PartOfSpeech Pos)>();
        WordForms.AddReadings(Data, normalised, readings);
        foreach (var (lemma, pos) in readings)
        {
            var taken = 0;
            foreach (var synset in Data.Relations.LemmaSynsets[lemma])
            {
                if (Data.SynsetPos[synset] == (byte)pos && taken++ < AntonymSenses)
                {
                    senses.Add(synset);
                }
            }
        }

        return senses;
    }

    private static void WidenVerbs(WordNetData data, HashSet<int> senses)
    {
        foreach (var synset in senses.ToList())
        {
            if (data.SynsetPos[synset] == (byte)PartOfSpeech.Verb)
            {
                foreach (var hypernym in data.Relations.Hypernyms[synset])
                {
                    senses.Add(hypernym);
                }
            }
        }
    }

    private static bool Opposes(WordNetData data, HashSet<int> from, HashSet<int> to)
    {
        foreach (var synset in from)
        {
            if (OpposesOne(data, synset, to))
            {
                return true;
            }

            foreach (var similar in SimilarAdjectives(data, synset))
            {
                if (OpposesOne(data, similar, to))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool OpposesOne(WordNetData data, int synset, HashSet<int> to)
    {
        foreach (var antonym in data.Relations.Antonyms[synset])
        {
            if (to.Contains(antonym))
            {
                return true;
            }

            foreach (var similar in SimilarAdjectives(data, antonym))
            {
                if (to.Contains(similar))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static List<int> SimilarAdjectives(WordNetData data, int synset)
    {
        var result = new List<int>();
        if (data.SynsetPos[synset] == (byte)PartOfSpeech.Adjective)
        {
            foreach (var similar in data.Relations.Similar[synset])
            {
                if (data.SynsetPos[similar] == (byte)PartOfSpeech.Adjective)
                {
                    result.Add(similar);
                }
            }
        }

        return result;
    }
}
