namespace CrossCheck.Text;

/// <summary>Which words name one event: "killed", "died", "perished", "death" and "fatalities" all report the
/// dead, through WordNet's synonymy, derivation, cause and entailment links.</summary>
internal sealed partial class Lexicon
{
    /// <summary>The seed's senses that define the event (the first ones: the sense news means).</summary>
    public const int SeedSenses = 2;

    /// <summary>The word's senses that are tried by default (a rare sense of a common word does not count: "pass"
    /// is a synonym of "die" only in its twelfth verb sense).</summary>
    public const int WordSenses = 3;

    /// <summary>True when <paramref name="word"/> (any inflection, any part of speech) names the event of
    /// <paramref name="seed"/> read as <paramref name="seedPos"/>: the seed itself (as that part of speech or as a
    /// noun), one of its derivational relatives ("death" for "die", "detention" for "detain"), a word sharing one of
    /// its first senses ("perish", "wound"), a verb whose sense causes or entails it ("kill" → "die"), a verb whose direct hypernym is or causes it ("drown"), a noun whose
    /// direct hypernym is a derivational relative's sense ("fatality" → "death"), an adjective similar to it, or a
    /// derivational relative of a verb that causes it ("killing").</summary>
    /// <remarks><paramref name="wordSenses"/> is how many of the word's senses are tried: fewer for very general seeds
    /// ("end", "begin"), which many verbs reach through a minor sense ("kill" in its third sense is "end").</remarks>
    public bool Evokes(string word, string seed, PartOfSpeech seedPos, int wordSenses = WordSenses)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(seed);
        var data = Data;
        var normalisedSeed = WordForms.Normalise(seed);
        if (!data.TryGetLemmaId(normalisedSeed, out var seedId))
        {
            return false;
        }

        var seedSynsets = Senses(data, seedId, seedPos, SeedSenses);
        if (seedSynsets.Count == 0)
        {
            return false;
        }

        var relatives = data.Relations.LexicalRelatives[seedId].ToArray();
        var relativeSynsets = new HashSet<int>();
        foreach (var relative in relatives)
        {
            foreach (var pos in PartOfSpeechExtensions.All)
            {
                relativeSynsets.UnionWith(Senses(data, relative, pos, 1));
            }
        }

        var readings = new List<(int LemmaId, PartOfSpeech Pos)>();
        WordForms.AddReadings(data, WordForms.Normalise(word), readings);
        foreach (var (id, pos) in readings)
        {
            if ((id == seedId && (pos == seedPos || pos == PartOfSpeech.Noun)) || Array.IndexOf(relatives, id) >= 0)
            {
                return true;
            }

            foreach (var synset in Senses(data, id, pos, wordSenses))
            {
                if (seedSynsets.Contains(synset)
                    || Overlaps(data.Relations.Consequences[synset], seedSynsets)
                    || (pos == PartOfSpeech.Adjective && Overlaps(data.Relations.Similar[synset], seedSynsets))
                    || (pos == PartOfSpeech.Noun && Overlaps(data.Relations.Hypernyms[synset], relativeSynsets))
                    || (pos == PartOfSpeech.Verb && CausesThroughHypernym(data, synset, seedSynsets)))
                {
                    return true;
                }
            }

            foreach (var relative in data.Relations.LexicalRelatives[id])
            {
                foreach (var synset in Senses(data, relative, PartOfSpeech.Verb, 1))
                {
                    if (Overlaps(data.Relations.Consequences[synset], seedSynsets))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>A verb whose direct hypernym is the seed's sense or causes it ("drown" is a way to "kill", and
    /// killing causes dying).</summary>
    private static bool CausesThroughHypernym(WordNetData data, int synset, HashSet<int> seedSynsets)
    {
        foreach (var parent in data.Relations.Hypernyms[synset])
        {
            if (seedSynsets.Contains(parent) || Overlaps(data.Relations.Consequences[parent], seedSynsets))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first <paramref name="count"/> synsets of a lemma as <paramref name="pos"/>, in WordNet's sense order.</summary>
    private static HashSet<int> Senses(WordNetData data, int lemmaId, PartOfSpeech pos, int count)
    {
        var senses = new HashSet<int>();
        foreach (var synset in data.Relations.LemmaSynsets[lemmaId])
        {
            if (senses.Count == count)
            {
                break;
            }

            if (data.SynsetPos[synset] == (byte)pos)
            {
                senses.Add(synset);
            }
        }

        return senses;
    }

    private static bool Overlaps(ReadOnlySpan<int> synsets, HashSet<int> set)
    {
        foreach (var synset in synsets)
        {
            if (set.Contains(synset))
            {
                return true;
            }
        }

        return false;
    }
}
