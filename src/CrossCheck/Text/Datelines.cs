namespace CrossCheck.Text;

/// <summary>The dateline that opens a wire report's first sentence ("VELMORA (Corvane Wire) —", "HALVARD, May 3 —").</summary>
internal static class Datelines
{
    /// <summary>Most tokens a dateline takes before its dash ("SKOPJE, Nov 22 (Reuters) —").</summary>
    private const int MaximumDateline = 12;

    /// <summary>The dateline opening a claim ("VELMORA (Corvane Wire) —", "HALVARD, May 3 —"): a word in capitals
    /// first and a dash within <see cref="MaximumDateline"/> tokens, nothing between but capitalised words, numbers,
    /// commas and brackets. Where and through whom a report was filed is not what it states (decision 227); the
    /// range ends after the dash, or null.</summary>
    public static (int Start, int End)? Find(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (tokens.Count == 0 || tokens[0].Kind != TokenKind.Word || tokens[0].Text.Length < 2 || !tokens[0].Text.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return null;
        }

        for (var i = 1; i < tokens.Count && i <= MaximumDateline; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Punctuation && token.Text is "—" or "–" or "-")
            {
                return i + 1 < tokens.Count ? (tokens[0].Start, token.End) : null;
            }

            var allowed = token.Kind == TokenKind.Number
                || (token.Kind == TokenKind.Punctuation && token.Text is "," or "(" or ")" or ".")
                || (token.Kind == TokenKind.Word && char.IsUpper(token.Text[0]));
            if (!allowed)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A claim's text as it is embedded: without its dateline (<see cref="Find"/>), which says where and
    /// through whom the report was filed, not what it states, and pulls a wire's lead sentence away from the same
    /// statement in a report that has none (decision 396). The claim's own text, offsets and units keep it.</summary>
    public static string ForEmbedding(string claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return Find(Tokenizer.Tokenize(claim)) is { } dateline && dateline.End < claim.Length ? claim[dateline.End..].TrimStart() : claim;
    }
}
