using CrossCheck.Analysis;
using CrossCheck.Analysis.Entities;
using CrossCheck.Analysis.Quotes;
using CrossCheck.Text;

namespace CrossCheck.Alignment;

/// <summary>What the quote linker knows about one quote: who said it, its wording, the text around it
/// (its sentence and the sentences on either side, without the quote itself) and the few words framing it.</summary>
internal sealed record QuoteProfile(
    LocatedQuote Located,
    string? SpeakerId,
    string? SpeakerName,
    TextProfile Wording,
    TextProfile Context,
    IReadOnlyList<string> Frame,
    IReadOnlyList<string> NormalisedWords);

internal sealed class QuoteProfiler(EntityIndex entities, UnitExtractor extractor, IWordRelatedness lexicon, StoryVocabulary vocabulary)
{
    private const int FrameWords = 3;

    public QuoteProfile Profile(AnalysedArticle article, QuoteMention quote)
    {
        var articleId = article.Article.Id;
        var speakerId = quote.Speaker is { } s ? entities.EntityIdOf(articleId, s.Start, s.End) : null;
        var speakerName = speakerId is not null ? entities.Find(speakerId)?.Name ?? quote.Speaker?.Text : quote.Speaker?.Text;
        var (windowStart, windowEnd) = Window(article, quote);
        var wording = vocabulary.Weigh(extractor.Extract(article, quote.Start, quote.End));
        var context = vocabulary.Weigh(extractor.Extract(article, windowStart, windowEnd, (quote.Start, quote.End)));
        return new QuoteProfile(
            new LocatedQuote(articleId, quote),
            speakerId,
            speakerName,
            wording,
            context,
            Frame(article, quote),
            Words(article, quote));
    }

    /// <summary>Lower-case words of a text, punctuation dropped: what "identical wording" compares.</summary>
    public static IReadOnlyList<string> Words(string text) => Words(Tokenizer.Tokenize(text));

    private static IReadOnlyList<string> Words(IEnumerable<Token> tokens) =>
        tokens.Where(t => t.Kind != TokenKind.Punctuation).Select(t => t.Text.ToLowerInvariant()).ToList();

    /// <summary>The words of a quote, read from the article's tokens when the quote is a span of its text.</summary>
    private static IReadOnlyList<string> Words(AnalysedArticle article, QuoteMention quote)
    {
        var text = article.Article.Text;
        return quote.Start >= 0 && quote.End <= text.Length && quote.Start <= quote.End
            && text.AsSpan(quote.Start, quote.End - quote.Start).SequenceEqual(quote.Text)
            ? Words(article.Reading.Tokens.Within(quote.Start, quote.End))
            : Words(quote.Text);
    }

    private static (int Start, int End) Window(AnalysedArticle article, QuoteMention quote)
    {
        var sentences = article.Sentences;
        var index = sentences.ToList().FindIndex(s => s.Start <= quote.Start && quote.Start < s.End);
        if (index < 0)
        {
            index = Math.Clamp(quote.SentenceIndex, 0, Math.Max(sentences.Count - 1, 0));
        }

        if (sentences.Count == 0)
        {
            return (quote.Start, quote.End);
        }

        var first = sentences[Math.Max(0, index - 1)];
        var last = sentences[Math.Min(sentences.Count - 1, index + 1)];
        return (Math.Min(first.Start, quote.Start), Math.Max(last.End, quote.End));
    }

    /// <summary>The lemmas of up to three words right before and right after the quote, function words
    /// included ("could cause [quote]" / "could lead to [quote]").</summary>
    private IReadOnlyList<string> Frame(AnalysedArticle article, QuoteMention quote)
    {
        var text = article.Article.Text;
        var tokens = article.Reading.Tokens;
        var before = tokens.Within(Math.Max(0, quote.Start - 80), Math.Clamp(quote.Start, 0, text.Length))
            .Where(t => t.Kind != TokenKind.Punctuation).TakeLast(FrameWords);
        var afterEnd = Math.Clamp(quote.End, 0, text.Length);
        var after = tokens.Within(afterEnd, Math.Min(text.Length, afterEnd + 40))
            .TakeWhile(t => t.Kind != TokenKind.Punctuation || t.Text is "\"" or "”" or "’" or "'")
            .Where(t => t.Kind != TokenKind.Punctuation).Take(FrameWords - 1);
        return before.Concat(after).Select(t => lexicon.Lemma(t.Text.ToLowerInvariant())).ToList();
    }
}
