using CrossCheck.Text;

namespace CrossCheck.Analysis.Claims;

/// <summary>Turns sentences into claims: one per statement sentence, or one per independent clause when a
/// sentence joins independent facts (<see cref="ClauseSplitter"/>). Headings and fragments make no claim.
/// Each claim carries its attribution, hedging and negation.</summary>
internal static class ClaimExtractor
{
    public static IReadOnlyList<Claim> Extract(string articleId, string text, IReadOnlyList<Sentence> sentences) =>
        Extract(articleId, text, sentences, Lexicon.Default);

    public static IReadOnlyList<Claim> Extract(string articleId, string text, IReadOnlyList<Sentence> sentences, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(lexicon);
        return Extract(articleId, text, sentences, AnalysedText.Read(text, sentences, lexicon));
    }

    /// <summary>The claims of an article whose sentences are already tokenized (<see cref="AnalysedText"/>).</summary>
    internal static IReadOnlyList<Claim> Extract(string articleId, string text, IReadOnlyList<Sentence> sentences, AnalysedText read)
    {
        var claims = new List<Claim>();
        var attribution = new AttributionFinder(text);
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            if (SentenceShape.IsHeading(sentence) || read.Sentences[i] is not { Count: > 0 } tokens)
            {
                continue;
            }

            AddClaims(articleId, text, sentence, tokens, read.Tokens, attribution, claims);
        }

        return claims;
    }

    private static void AddClaims(string articleId, string text, Sentence sentence, SentenceTokens tokens, ArticleTokens stream, AttributionFinder attribution, List<Claim> claims)
    {
        var clauses = ClauseSplitter.Split(tokens);
        var sources = new string?[clauses.Count];
        var sentenceSource = attribution.AccordingTo(tokens, 0, tokens.Count);
        for (var c = 0; c < clauses.Count; c++)
        {
            var (from, to) = clauses[c];
            var parenthetical = false;
            sources[c] = attribution.AccordingTo(tokens, from, to) ?? attribution.ReportedBy(tokens, from, to, out parenthetical);
            if (parenthetical && c == clauses.Count - 1)
            {
                sentenceSource ??= sources[c];
            }
        }

        for (var c = 0; c < clauses.Count; c++)
        {
            var (from, to) = clauses[c];
            var (start, end) = Span(tokens, from, to);
            if (end <= start)
            {
                continue;
            }

            claims.Add(new Claim(
                $"{articleId}#c{claims.Count + 1}",
                sentence.Index,
                start,
                end,
                text[start..end],
                sources[c] ?? sentenceSource,
                HedgeDetector.IsHedged(tokens, from, to),
                NegationDetector.IsNegated(tokens, from, to))
            {
                Negation = NegationDetector.Scope(stream.Within(start, end), end, verbCues: NegationDetector.NegatingVerbStarts(tokens, from, to)),
            });
        }
    }

    /// <summary>The clause's character span without the trailing comma of a ", and" separator.</summary>
    private static (int Start, int End) Span(SentenceTokens tokens, int from, int to)
    {
        while (to > from && tokens.Text(to - 1) is "," or ";")
        {
            to--;
        }

        return to > from ? (tokens.Tokens[from].Start, tokens.Tokens[to - 1].End) : (0, 0);
    }
}
