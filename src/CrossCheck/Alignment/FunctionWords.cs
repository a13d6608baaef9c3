namespace CrossCheck.Alignment;

/// <summary>Closed-class English words (determiners, pronouns, auxiliaries, prepositions, conjunctions)
/// that carry no checkable content, and the cues that reverse a statement's polarity. Used beside the
/// lexicon's own stop list so alignment stays sane whatever lexicon is plugged in.</summary>
internal static class FunctionWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "this", "that", "these", "those", "such", "some", "any", "each", "every", "all", "both",
        "either", "neither", "other", "another", "its", "it", "he", "she", "they", "them", "his", "her", "hers",
        "their", "theirs", "we", "us", "our", "ours", "i", "me", "my", "you", "your", "who", "whom", "whose",
        "which", "what", "there", "here", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have",
        "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
        "must", "of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "into", "onto", "over",
        "under", "between", "among", "during", "after", "before", "since", "until", "through", "against", "as",
        "than", "and", "or", "but", "nor", "so", "yet", "if", "while", "because", "although", "though",
        "also", "then", "too", "very", "just", "only", "even", "still", "already", "again", "out", "up", "down",
        "off", "s", "not", "no", "never", "n't", "itself", "himself", "herself", "themselves", "one", "ones",
        "said", "says", "say", "according", "additionally", "besides", "however", "moreover",
    };

    private static readonly HashSet<string> NegationCues = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "nobody", "nothing", "none", "neither", "nor", "cannot", "deny", "denies", "denied",
        "denying",
    };

    public static bool IsFunctionWord(string lowerWord) => Words.Contains(lowerWord);

    /// <summary>True for "not", "never", "denied", and contractions such as "doesn't".</summary>
    public static bool IsNegationCue(string lowerWord) =>
        NegationCues.Contains(lowerWord)
        || lowerWord.EndsWith("n't", StringComparison.Ordinal)
        || lowerWord.EndsWith("n’t", StringComparison.Ordinal);
}
