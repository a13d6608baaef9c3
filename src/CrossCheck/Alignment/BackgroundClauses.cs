using CrossCheck.Text;

namespace CrossCheck.Alignment;

/// <summary>The background of a claim: a fronted adverbial clause ("As their families waited outside, ...",
/// "After the talks failed, ...") and non-restrictive relative clauses ("..., who later headed the party", "...,
/// which he gave to the lawyers") tell the circumstances of what the sentence states, not the statement. Their words
/// and names weigh <see cref="Weight"/> of their IDF weight, like the source of an attribution
/// (<see cref="AttributionWeighting"/>), so another sentence that confirms only the background does not cover the
/// claim, and one that states the main fact without it is not held to partial support by it (decision 226). Figures
/// and dates keep their weight: they are checked on their own.</summary>
internal static class BackgroundClauses
{
    /// <summary>Share of its IDF weight a background word or name keeps.</summary>
    public const double Weight = 0.5;

    /// <summary>A claim keeps its background at full weight unless at least this many of its words and names are
    /// outside it: a claim that is mostly one clause ("Salonika, where 50,000 people marched") is about it.</summary>
    public const int MinimumMainUnits = 3;

    /// <summary>The background ranges (text offsets, end exclusive) among the tokens of one claim.</summary>
    public static IReadOnlyList<(int Start, int End)> Find(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var ranges = new List<(int Start, int End)>();
        var first = 0;
        while (first < tokens.Count && (tokens[first].Kind == TokenKind.Punctuation
            || ClosedClassWords.ClassOf(tokens[first].Text) == WordClass.CoordinatingConjunction))
        {
            first++;
        }

        if (first < tokens.Count && tokens[first].Kind == TokenKind.Word && ClosedClassWords.OpensBackgroundClause(tokens[first].Text))
        {
            var comma = IndexOf(tokens, first + 1, IsComma);
            if (comma > first + 1 && comma < tokens.Count - 1)
            {
                ranges.Add((tokens[first].Start, tokens[comma].End));
            }
        }

        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if ((IsComma(tokens[i]) || EndsApposition(tokens, i)) && tokens[i + 1].Kind == TokenKind.Word && ClosedClassWords.OpensRelativeClause(tokens[i + 1].Text))
            {
                var end = IndexOf(tokens, i + 2, EndsClause);
                var last = (end < 0 ? tokens.Count : end) - 1;
                if (last > i + 1)
                {
                    ranges.Add((tokens[i + 1].Start, tokens[last].End));
                }

                i = last;
            }
        }

        return ranges;
    }

    /// <summary>Longest apposition (in tokens after its comma) whose relative clause is background.</summary>
    private const int MaximumApposition = 8;

    /// <summary>Token <paramref name="i"/> ends an apposition that a comma and an article open ("..., the former
    /// minister who later led the party"): the relative clause after it describes the apposition's noun, as after a
    /// comma.</summary>
    private static bool EndsApposition(IReadOnlyList<Token> tokens, int i)
    {
        for (var j = i; j >= 1 && i - j < MaximumApposition; j--)
        {
            if (tokens[j].Kind != TokenKind.Word)
            {
                return false;
            }

            if (IsComma(tokens[j - 1]))
            {
                return j < i && ClosedClassWords.IsArticle(tokens[j].Text);
            }
        }

        return false;
    }

    private static bool IsComma(Token token) => token.Kind == TokenKind.Punctuation && token.Text == ",";

    private static bool EndsClause(Token token) =>
        token.Kind == TokenKind.Punctuation && token.Text is "," or ";" or ":" or "—" or "–" or "(" or ")" or "\"" or "“" or "”";

    private static int IndexOf(IReadOnlyList<Token> tokens, int from, Func<Token, bool> predicate)
    {
        for (var i = from; i < tokens.Count; i++)
        {
            if (predicate(tokens[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
