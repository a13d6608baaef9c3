namespace CrossCheck.Text;

/// <summary>Graded relatedness between two words' readings, walking WordNet's relations.</summary>
/// <remarks>Scores: 1 for the same lemma or a shared synset; <see cref="Derivational"/> for derivational relatives and
/// pertainyms ("smuggle"/"smuggling"); <see cref="SimilarTo"/> for adjective similar-to, verb groups and
/// attributes ("major"/"great"); <see cref="DirectHypernym"/> for a direct hypernym or instance
/// ("narcotic"/"drug"); <see cref="SecondHypernym"/> for a grandparent; <see cref="Sibling"/> for senses
/// sharing a direct hypernym; <see cref="Consequence"/> for a verb that causes or entails the other. Only each reading's first <see cref="MaxSenses"/> senses are walked beyond synonymy,
/// so rare senses of very polysemous words ("take" has 42) do not link everything to everything.</remarks>
internal static class RelatednessScorer
{
    public const double Same = 1.0;
    public const double Derivational = 0.8;
    public const double SimilarTo = 0.8;

    /// <summary>One verb's event causes or entails the other's ("kill"/"die", "buy"/"pay"): reports name one event
    /// either way ("twelve were killed" / "twelve died"), so the link ranks with synonymy-by-definition, above
    /// hypernyms.</summary>
    public const double Consequence = 0.9;
    public const double DirectHypernym = 0.8;
    public const double SecondHypernym = 0.6;
    public const double Sibling = 0.5;
    public const int MaxSenses = 8;
    private const int MaxSynsets = 96;

    /// <summary>True for a shared lemma, a shared synset, or a synset whose definition is the other word
    /// (checked both ways, as definitions point one way only).</summary>
    public static bool AreSynonyms(WordNetData data, List<(int LemmaId, PartOfSpeech Pos)> a, List<(int LemmaId, PartOfSpeech Pos)> b, bool reverse = false)
    {
        foreach (var (idA, _) in a)
        {
            if (WordForms.ContainsLemma(b, idA))
            {
                return true;
            }
        }

        foreach (var (idA, posA) in a)
        {
            foreach (var synset in data.Relations.LemmaSynsets[idA])
            {
                if (data.SynsetPos[synset] != (byte)posA)
                {
                    continue;
                }

                if (ContainsAny(data.Relations.Members[synset], b, posA) || ContainsAny(data.Relations.GlossSynonyms[synset], b, posA))
                {
                    return true;
                }
            }
        }

        return !reverse && AreSynonyms(data, b, a, reverse: true);
    }

    private static bool ContainsAny(ReadOnlySpan<int> lemmas, List<(int LemmaId, PartOfSpeech Pos)> readings, PartOfSpeech pos)
    {
        foreach (var lemma in lemmas)
        {
            if (readings.Contains((lemma, pos)))
            {
                return true;
            }
        }

        return false;
    }

    public static double Score(WordNetData data, List<(int LemmaId, PartOfSpeech Pos)> a, List<(int LemmaId, PartOfSpeech Pos)> b)
    {
        if (AreSynonyms(data, a, b))
        {
            return Same;
        }

        var best = 0.0;
        foreach (var (idA, _) in a)
        {
            foreach (var relative in data.Relations.LexicalRelatives[idA])
            {
                if (WordForms.ContainsLemma(b, relative))
                {
                    best = Derivational;
                }
            }
        }

        Span<int> bufferA = stackalloc int[MaxSynsets];
        Span<int> bufferB = stackalloc int[MaxSynsets];
        var synsetsA = CollectSynsets(data, a, bufferA);
        var synsetsB = CollectSynsets(data, b, bufferB);
        return Math.Max(best, SynsetScore(data, synsetsA, synsetsB));
    }

    private static double SynsetScore(WordNetData data, ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        var best = 0.0;
        foreach (var synset in a)
        {
            if (Overlaps(data.Relations.Consequences[synset], b))
            {
                return Consequence;
            }
        }

        foreach (var synset in b)
        {
            if (Overlaps(data.Relations.Consequences[synset], a))
            {
                return Consequence;
            }
        }

        foreach (var synset in a)
        {
            if (Overlaps(data.Relations.Similar[synset], b))
            {
                return SimilarTo;
            }

            if (Overlaps(data.Relations.Hypernyms[synset], b) || Overlaps(data.Relations.InstanceHypernyms[synset], b))
            {
                return DirectHypernym;
            }
        }

        foreach (var synset in b)
        {
            if (Overlaps(data.Relations.Similar[synset], a))
            {
                return SimilarTo;
            }

            if (Overlaps(data.Relations.Hypernyms[synset], a) || Overlaps(data.Relations.InstanceHypernyms[synset], a))
            {
                return DirectHypernym;
            }
        }

        foreach (var synsetA in a)
        {
            foreach (var parent in data.Relations.Hypernyms[synsetA])
            {
                if (Overlaps(data.Relations.Hypernyms[parent], b))
                {
                    return SecondHypernym;
                }

                foreach (var synsetB in b)
                {
                    if (data.Relations.Hypernyms[synsetB].Contains(parent))
                    {
                        best = Sibling;
                    }
                }
            }
        }

        foreach (var synsetB in b)
        {
            foreach (var parent in data.Relations.Hypernyms[synsetB])
            {
                if (Overlaps(data.Relations.Hypernyms[parent], a))
                {
                    return SecondHypernym;
                }
            }
        }

        return best;
    }

    private static ReadOnlySpan<int> CollectSynsets(WordNetData data, List<(int LemmaId, PartOfSpeech Pos)> readings, Span<int> buffer)
    {
        var count = 0;
        foreach (var (id, pos) in readings)
        {
            var taken = 0;
            foreach (var synset in data.Relations.LemmaSynsets[id])
            {
                if (data.SynsetPos[synset] != (byte)pos || buffer[..count].Contains(synset))
                {
                    continue;
                }

                if (count == buffer.Length || taken == MaxSenses)
                {
                    break;
                }

                buffer[count++] = synset;
                taken++;
            }
        }

        return buffer[..count];
    }

    private static bool Overlaps(ReadOnlySpan<int> left, ReadOnlySpan<int> right)
    {
        foreach (var value in left)
        {
            if (right.Contains(value))
            {
                return true;
            }
        }

        return false;
    }
}
