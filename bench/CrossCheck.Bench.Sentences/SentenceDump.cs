using CrossCheck.Text;

namespace CrossCheck.Bench.Sentences;

/// <summary>Writes every sentence of every document, one a line, under a "# id" line.</summary>
internal static class SentenceDump
{
    public static void Write(IEnumerable<(string Id, string Text)> documents, string path)
    {
        using var output = new StreamWriter(path);
        foreach (var (id, text) in documents)
        {
            output.WriteLine($"# {id}");
            foreach (var sentence in SentenceSplitter.Split(text))
            {
                output.WriteLine(sentence.Text.ReplaceLineEndings(" "));
            }
        }
    }
}
