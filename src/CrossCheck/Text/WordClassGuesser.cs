namespace CrossCheck.Text;

/// <summary>Guesses a coarse word class for each token of a sentence, without a trained tagger: closed-class lists
/// for function words, WordNet's parts of speech and sense frequencies for the rest, and a few context rules
/// (a word after a determiner is nominal, after "to" or a modal verbal, after a subject verbal).</summary>
internal static class WordClassGuesser
{
    /// <summary>The guessed class of each token; <paramref name="tokens"/> should be one sentence.</summary>
    public static WordClass[] Guess(IReadOnlyList<Token> tokens, Lexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        lexicon ??= Lexicon.Default;
        var classes = new WordClass[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var previous = i == 0 ? WordClass.Punctuation : classes[i - 1];
            var previousText = i == 0 ? string.Empty : tokens[i - 1].Text;
            classes[i] = tokens[i].Kind switch
            {
                TokenKind.Number => WordClass.Number,
                TokenKind.Punctuation => WordClass.Punctuation,
                _ => GuessWord(tokens[i].Text, IsSentenceInitial(tokens, i), previous, previousText, lexicon),
            };
        }

        return classes;
    }

    /// <summary>True when the token is a verb form that carries tense: a modal, a finite "be/have/do", or an open
    /// verb that is not an -ing form and does not follow "to" or an auxiliary.</summary>
    public static bool IsFiniteVerb(IReadOnlyList<Token> tokens, IReadOnlyList<WordClass> classes, int index)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(classes);
        var word = tokens[index].Text;
        switch (classes[index])
        {
            case WordClass.Modal:
                return true;
            case WordClass.Auxiliary:
                return ClosedClassWords.FiniteAuxiliaries.Contains(word.ToLowerInvariant()) || ClosedClassWords.IsNegativeContraction(word);
            case WordClass.Verb:
                if (word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || index == 0)
                {
                    return false;
                }

                var previous = tokens[index - 1].Text;
                return !previous.Equals("to", StringComparison.OrdinalIgnoreCase)
                    && classes[index - 1] is not (WordClass.Auxiliary or WordClass.Modal or WordClass.Determiner or WordClass.Preposition);
            default:
                return false;
        }
    }

    private static WordClass GuessWord(string word, bool initial, WordClass previous, string previousText, Lexicon lexicon)
    {
        var capitalised = char.IsUpper(word[0]);
        var closed = ClosedClassWords.ClassOf(word);
        if (closed is { } closedClass)
        {
            // Function words are never capitalised mid-sentence: "May" there is the month, "US" the country.
            var isName = (capitalised && !initial && closedClass == WordClass.Modal) || (word.Length > 1 && IsAllUpper(word) && !initial);
            return isName ? WordClass.ProperNoun : closedClass;
        }

        if (capitalised && (!initial || lexicon.IsKnownName(word) || !lexicon.IsKnown(word)))
        {
            return WordClass.ProperNoun;
        }

        var parts = lexicon.PartsOfSpeech(word);
        if (parts == PartOfSpeechSet.None)
        {
            return GuessUnknown(word);
        }

        // News sentences almost never open with an imperative: an initial noun/verb form is the subject.
        if (initial && parts.Contains(PartOfSpeech.Noun) && !HasVerbalEnding(word))
        {
            return WordClass.Noun;
        }

        return Disambiguate(word, parts, previous, previousText, lexicon);
    }

    private static WordClass Disambiguate(string word, PartOfSpeechSet parts, WordClass previous, string previousText, Lexicon lexicon)
    {
        var canBeVerb = parts.Contains(PartOfSpeech.Verb);
        if (canBeVerb && (previous is WordClass.Modal || previousText.Equals("to", StringComparison.OrdinalIgnoreCase)
                          || (previous is WordClass.Auxiliary && HasVerbalEnding(word))))
        {
            return WordClass.Verb;
        }

        if (previous is WordClass.Determiner or WordClass.Adjective or WordClass.Number)
        {
            if (parts.Contains(PartOfSpeech.Noun))
            {
                return parts.Contains(PartOfSpeech.Adjective) && lexicon.MostFrequentPartOfSpeech(word) == PartOfSpeech.Adjective
                    ? WordClass.Adjective
                    : WordClass.Noun;
            }

            if (parts.Contains(PartOfSpeech.Adjective))
            {
                return WordClass.Adjective;
            }
        }

        if (canBeVerb && previous is (WordClass.Pronoun or WordClass.ProperNoun or WordClass.Noun) && HasFiniteEnding(word, lexicon))
        {
            return WordClass.Verb;
        }

        if (parts.Contains(PartOfSpeech.Adverb) && word.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
        {
            return WordClass.Adverb;
        }

        return lexicon.MostFrequentPartOfSpeech(word) switch
        {
            PartOfSpeech.Verb => WordClass.Verb,
            PartOfSpeech.Adjective => WordClass.Adjective,
            PartOfSpeech.Adverb => WordClass.Adverb,
            _ => WordClass.Noun,
        };
    }

    /// <summary>Past or third-person forms ("urged", "seeks", "held"), or a base form whose commonest use is verbal.</summary>
    private static bool HasFiniteEnding(string word, Lexicon lexicon)
    {
        if (word.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var verbLemma = lexicon.Lemma(word, PartOfSpeech.Verb);
        var irregular = !word.Equals(verbLemma, StringComparison.OrdinalIgnoreCase) && !word.EndsWith('s');
        return irregular || lexicon.MostFrequentPartOfSpeech(word) == PartOfSpeech.Verb;
    }

    private static bool HasVerbalEnding(string word) =>
        word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("en", StringComparison.OrdinalIgnoreCase);

    private static WordClass GuessUnknown(string word)
    {
        if (word.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
        {
            return WordClass.Adverb;
        }

        return word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            ? WordClass.Verb
            : WordClass.Noun;
    }

    private static bool IsSentenceInitial(IReadOnlyList<Token> tokens, int i)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (tokens[j].Kind != TokenKind.Punctuation)
            {
                return false;
            }

            if (tokens[j].Text is "." or "!" or "?" or ":" or ";")
            {
                return true;
            }
        }

        return true;
    }

    private static bool IsAllUpper(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
