using CrossCheck.Analysis.Entities;
using CrossCheck.Text;

namespace CrossCheck.Analysis.Quotes;

/// <summary>Finds direct quotes (full and partial, straight, curly or single marks, multi-paragraph) and
/// attributes each to a speaker mention: cue verb and subject, pronoun and role coreference, then context.</summary>
internal static class QuoteExtractor
{
    private const int ContextSentences = 3;

    public static IReadOnlyList<QuoteMention> Extract(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        return Extract(text, sentences, mentions, ArticleWords.Scan(text, sentences));
    }

    /// <summary>The quotes of an article whose sentences' words are already scanned.</summary>
    internal static IReadOnlyList<QuoteMention> Extract(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions, ArticleWords words)
    {
        var spans = QuoteSpanFinder.Find(text);
        if (spans.Count == 0)
        {
            return [];
        }

        var candidates = new SpeakerCandidates(mentions, spans);
        var finder = new SpeakerFinder(text, candidates, Gazetteer.Default);
        var quotes = new List<QuoteMention>(spans.Count);
        foreach (var span in spans)
        {
            var open = SentenceAt(sentences, span.OpenMark);
            var close = SentenceAt(sentences, Math.Max(span.Start, span.CloseMark - 1));
            var speaker = open is null || close is null
                ? null
                : finder.FromCue(words.Of(text, open), words.Of(text, close), span, Continuing(text, sentences, words, quotes, candidates, finder, open));
            speaker ??= FromContext(quotes, candidates, finder, sentences, open, span);
            quotes.Add(new QuoteMention(text[span.Start..span.End], span.Start, span.End, IsPartial(text, span, open), open?.Index ?? 0, speaker));
        }

        return quotes;
    }

    /// <summary>The last speaker before a quote's sentence: the subject of reported speech in the sentence
    /// before ("Rudi Hartono said the army had arrived."), else the speaker of a recent quote.</summary>
    private static SpeakerReference? Continuing(string text, IReadOnlyList<Sentence> sentences, ArticleWords words,
        List<QuoteMention> earlier, SpeakerCandidates candidates, SpeakerFinder finder, Sentence sentence)
    {
        if (sentences.FirstOrDefault(s => s.Index == sentence.Index - 1) is { } previous
            && finder.ReportedSpeaker(words.Of(text, previous)) is { } reported
            && candidates.At(reported.Start, reported.End)?.Type is not (EntityType.Organization or EntityType.Place))
        {
            return reported;
        }

        return earlier.LastOrDefault(q => q.Speaker is not null && sentence.Index - q.SentenceIndex <= ContextSentences)?.Speaker;
    }

    /// <summary>The speaker of a recent quote, else the last person named shortly before.</summary>
    private static SpeakerReference? FromContext(List<QuoteMention> earlier, SpeakerCandidates candidates, SpeakerFinder finder,
        IReadOnlyList<Sentence> sentences, Sentence? sentence, QuoteSpan span)
    {
        var index = sentence?.Index ?? 0;
        if (earlier.LastOrDefault(q => q.Speaker is not null && index - q.SentenceIndex <= ContextSentences) is { Speaker: { } previous })
        {
            return previous with { Resolution = SpeakerResolution.Context };
        }

        var windowStart = sentences.FirstOrDefault(s => s.Index >= index - ContextSentences)?.Start ?? 0;
        return candidates.LastBefore(span.OpenMark, person: true, windowStart) is { } person
            ? finder.Reference(person, SpeakerResolution.Context)
            : null;
    }

    /// <summary>Full when the quote opens its sentence or follows a colon or comma and starts a clause
    /// with a capital; partial when it is a fragment inside reported speech.</summary>
    private static bool IsPartial(string text, QuoteSpan span, Sentence? sentence)
    {
        if (!char.IsUpper(text[span.Start]) && !char.IsDigit(text[span.Start]))
        {
            return true;
        }

        var i = span.OpenMark - 1;
        var sentenceStart = sentence?.Start ?? 0;
        while (i >= sentenceStart && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i >= sentenceStart && text[i] is not (':' or ',' or '.' or '\n' or '—' or '–');
    }

    private static Sentence? SentenceAt(IReadOnlyList<Sentence> sentences, int offset)
    {
        int low = 0, high = sentences.Count - 1;
        Sentence? best = null;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (sentences[middle].Start <= offset)
            {
                best = sentences[middle];
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return best;
    }
}
