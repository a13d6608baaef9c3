namespace CrossCheck.Text;

/// <summary>One word of a text: its span, whether it starts with a capital letter and whether it opens a sentence.</summary>
internal readonly record struct ScannedWord(int Start, int Length, bool Capitalised, bool SentenceStart);

/// <summary>Splits text into words (runs of letters and digits, with inner apostrophes) without allocating strings:
/// the clustering variant of <see cref="Tokenizer"/>, for the streaming clusterer, which reads every article
/// before analysis and must stay fast. Hyphens split words ("ex-president" is two), and a sentence start is
/// any word after ".", "!", "?", ":", a quote or a line break.</summary>
/// <remarks>It stays separate from the one <see cref="Tokenizer"/> stream on purpose. Measured on the 772 ECB+
/// documents (1.44 M characters), <see cref="Tokenizer.Tokenize"/> runs at 3.3 to 4.1 times the CPU time of this
/// scanner (about 17,000 against 56,000 to 69,000 texts per CPU second), and the clusterer scans every article
/// before it is analysed. Its word boundaries also differ (hyphens, dots and commas split words; combining marks
/// are not word characters), and the clustering outputs depend on them, so a view over the token stream would
/// have to re-scan every token's characters by these rules anyway.</remarks>
internal static class FastWordScanner
{
    public static List<ScannedWord> Scan(string text)
    {
        var words = new List<ScannedWord>(text.Length / 5);
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c is '.' or '!' or '?' or '\n' or ':' or '"' or '“' or '”')
                {
                    sentenceStart = true;
                }

                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsInnerMark(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            words.Add(new ScannedWord(start, i - start, char.IsUpper(c), sentenceStart));
            sentenceStart = false;
        }

        return words;
    }

    private static bool IsInnerMark(char c) => c is '\'' or '’';
}
