using CrossCheck.Text;

namespace CrossCheck.Analysis.Claims;

/// <summary>Turns sentences into claims. PLACEHOLDER: one claim per sentence; the Claims stage replaces it.</summary>
public static class ClaimExtractor
{
    public static IReadOnlyList<Claim> Extract(string articleId, string text, IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return sentences
            .Select((s, i) => new Claim($"{articleId}#c{i + 1}", s.Index, s.Start, s.End, s.Text, null, false, false))
            .ToList();
    }
}
