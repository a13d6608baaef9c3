namespace CrossCheck.Analysis.Entities;

/// <summary>Closed-class English words (determiners, pronouns, prepositions, conjunctions, auxiliaries):
/// capitalised only because they open a sentence or a headline, never names.</summary>
internal static class FunctionWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every", "no", "both", "either",
        "neither", "all", "many", "much", "most", "more", "few", "several", "such", "other", "another", "own",
        "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its", "they",
        "them", "their", "who", "whom", "whose", "which", "what", "where", "when", "why", "how", "whether",
        "of", "in", "on", "at", "by", "for", "with", "without", "from", "to", "into", "onto", "over", "under",
        "about", "above", "below", "after", "before", "during", "since", "until", "till", "between", "among",
        "amid", "across", "against", "along", "around", "behind", "beyond", "despite", "except", "inside",
        "outside", "through", "throughout", "toward", "towards", "upon", "via", "within", "per", "near",
        "and", "or", "but", "nor", "so", "yet", "if", "because", "although", "though", "while", "whereas",
        "unless", "as", "than", "then", "also", "not", "only", "even", "still", "just", "however", "meanwhile",
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "have", "has", "had",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "there", "here", "yes",
        "according", "besides", "following", "regarding", "including", "once", "now", "today", "yesterday",
        "tomorrow", "last", "next", "first", "new", "former", "mr", "mrs", "ms", "dr",
    };

    private static readonly HashSet<string> CalendarWords = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    private static readonly HashSet<string> NameConnectors = new(StringComparer.Ordinal)
    {
        "of", "de", "da", "di", "del", "della", "van", "von", "der", "den", "du", "la", "le", "al", "bin", "ibn", "y",
    };

    public static bool Contains(string lower) => Words.Contains(lower);

    /// <summary>Month and weekday names: dates, left to the Time stage.</summary>
    public static bool IsCalendarWord(string lower) => CalendarWords.Contains(lower.TrimEnd('.'));

    /// <summary>Lower-case words that can sit inside a name ("Republic of North Macedonia", "Ludwig van Beethoven").</summary>
    public static bool IsNameConnector(string lower) => NameConnectors.Contains(lower);
}
