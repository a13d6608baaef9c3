namespace CrossCheck.Text;

/// <summary>Splits article text into sentences. PLACEHOLDER: splits on line breaks only; the Text stage replaces it.</summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text[start..end];
            if (line.Trim().Length > 0)
            {
                sentences.Add(new Sentence(sentences.Count, start, end, line, paragraph++));
            }

            start = end + 1;
        }

        return sentences;
    }
}
