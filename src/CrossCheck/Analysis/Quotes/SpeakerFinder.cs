using CrossCheck.Analysis.Entities;
using CrossCheck.Text;

namespace CrossCheck.Analysis.Quotes;

/// <summary>Finds who said a quote, in sieve order: a speech verb right after the quote ("…,” Stoltenberg
/// said), a speech verb before it in its sentence ("Rama warned it could lead to “…”"), any later speech
/// verb in the closing sentence, then the nearest speaker in context. Pronouns and bare roles ("he", "the
/// minister") resolve to the last compatible person, whose mention offsets the reference carries.</summary>
internal sealed class SpeakerFinder(string text, SpeakerCandidates candidates, Gazetteer gazetteer)
{
    private const int TrailingCueWords = 6;

    private SpeakerReference? _continuing;

    /// <summary>The speaker of a quote from its cue; <paramref name="continuing"/> is the last speaker before
    /// the quote, whom a pronoun subject of "added" or "continued" refers to.</summary>
    public SpeakerReference? FromCue(List<Word> openSentence, List<Word> closeSentence, QuoteSpan quote, SpeakerReference? continuing = null)
    {
        _continuing = continuing;
        var after = closeSentence.Where(w => w.Start > quote.CloseMark && !candidates.InsideQuote(w.Start)).ToList();
        var before = openSentence.Where(w => w.End <= quote.OpenMark && !candidates.InsideQuote(w.Start)).ToList();
        if (Trailing(after, TrailingCueWords) is { } trailing)
        {
            return WithChannel(trailing, after);
        }

        return Leading(before) is { } leading ? WithChannel(leading, before) : Trailing(after, after.Count) is { } late ? WithChannel(late, after) : null;
    }

    /// <summary>The news agency the attribution clause names as the one spoken to: "told AFP", "said X to
    /// Reuters", "speaking to Agence France-Presse". The agency is the channel, the speaker stays the person.</summary>
    private SpeakerReference WithChannel(SpeakerReference speaker, List<Word> clause)
    {
        for (var k = 1; k < clause.Count; k++)
        {
            var previous = clause[k - 1];
            var name = clause[k].Lower == "the" && k + 1 < clause.Count ? clause[k + 1] : clause[k];
            if ((previous.Lower == "to" || IsListenerVerb(previous)) && name.GapBefore is WordGap.Space
                && MentionAt(name) is { } mention && ContextTypeWords.IsNewsAgency(mention.Text) && mention.Start != speaker.Start)
            {
                return speaker with { Channel = mention.Text };
            }
        }

        return speaker;
    }

    /// <summary>"…,” Stoltenberg said", "…,” said the spokesman", "…,” he added", "…,” according to X".</summary>
    private SpeakerReference? Trailing(List<Word> words, int window)
    {
        for (var v = 0; v < Math.Min(window, words.Count); v++)
        {
            var word = words[v];
            if (word.Lower == "according" && v + 2 < words.Count && words[v + 1].Lower == "to")
            {
                return MentionAt(words[v + 2]) is { } source ? Reference(source, SpeakerResolution.CueVerb) : null;
            }

            if (!IsSpeechVerb(word))
            {
                continue;
            }

            var from = BeforeApposition(words, v);
            for (var k = from; k >= 0; k--)
            {
                if (Subject(words[k], adjacent: k == from, word) is { } subject)
                {
                    return subject;
                }
            }

            // "said Ema Suryani to AFP": the name after the verb; never the listener of "told AFP" or a channel.
            for (var k = v + 1; k < Math.Min(v + 6, words.Count) && words[k].GapBefore == WordGap.Space && !IsListenerVerb(word); k++)
            {
                if (MentionAt(words[k]) is { } mention && !ContextTypeWords.IsNewsAgency(mention.Text))
                {
                    return Resolve(mention);
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>The speech verb nearest before the quote and its subject, the nearest speaker before it,
    /// skipping a parenthetical set off by commas ("Nadia Rusk, a spokeswoman for the agency, said").</summary>
    private SpeakerReference? Leading(List<Word> words)
    {
        for (var v = words.Count - 1; v >= 0; v--)
        {
            if (!IsSpeechVerb(words[v]))
            {
                continue;
            }

            var from = BeforeParenthetical(words, v);
            for (var k = from; k >= 0; k--)
            {
                if (Subject(words[k], adjacent: k == from, words[v]) is { } subject)
                {
                    return subject;
                }
            }
        }

        return null;
    }

    /// <summary>The last word before a parenthetical set off by commas that ends at the verb
    /// <paramref name="v"/> ("Nadia Rusk, a spokeswoman for the agency, said"), else the word before the verb.</summary>
    private static int BeforeParenthetical(List<Word> words, int v) => BeforeCommaInsertion(words, v, static _ => true);

    /// <summary>Like <see cref="BeforeParenthetical"/> for a quote's closing sentence, where the text before
    /// the verb is short: only an apposition that opens with an article or an age ("Anwar, a village chief,
    /// told"; "Ratna, 54, said") is skipped.</summary>
    private static int BeforeApposition(List<Word> words, int v) => BeforeCommaInsertion(words, v, static w => w.OpensApposition);

    private static int BeforeCommaInsertion(List<Word> words, int v, Func<Word, bool> opens)
    {
        if (words[v].GapBefore != WordGap.Comma)
        {
            return v - 1;
        }

        var open = words.FindLastIndex(v - 1, w => w.GapBefore == WordGap.Comma);
        return open > 0 && opens(words[open]) ? open - 1 : v - 1;
    }

    /// <summary>"told", "tells": the name after the verb is the one spoken to.</summary>
    private bool IsListenerVerb(Word word) => gazetteer.SpeechVerbLemma(word.Text) == "tell";

    /// <summary>The subject of the last speech verb among a sentence's words outside quotes, as in reported
    /// speech ("Rudi Hartono said the army had arrived").</summary>
    public SpeakerReference? ReportedSpeaker(List<Word> words)
    {
        _continuing = null;
        return Leading(words.Where(w => !candidates.InsideQuote(w.Start)).ToList());
    }

    private SpeakerReference? Subject(Word word, bool adjacent, Word verb)
    {
        if (word.Lower is "he" or "she" && _continuing is not null && gazetteer.SpeechVerbLemma(verb.Text) is { } lemma
            && ReportingVerbs.ContinuationLemmas.Contains(lemma))
        {
            return _continuing with { Resolution = SpeakerResolution.Coreference, Channel = null };
        }

        if (word.Lower is "he" or "she")
        {
            return candidates.LastBefore(word.Start, person: true) is { } antecedent ? Reference(antecedent, SpeakerResolution.Coreference) : null;
        }

        if (word.Lower == "they")
        {
            var antecedent = candidates.LastBefore(word.Start, person: false) ?? candidates.LastBefore(word.Start, person: true);
            return antecedent is null ? null : Reference(antecedent, SpeakerResolution.Coreference);
        }

        return MentionAt(word, adjacent) is { } mention ? Resolve(mention) : null;
    }

    /// <summary>A bare role ("the minister") stands for the last person the text gave that role.</summary>
    private SpeakerReference Resolve(EntityMention mention)
    {
        if (SpeakerCandidates.IsDescription(mention) && !mention.Text.Any(char.IsUpper))
        {
            var antecedent = candidates.LastWithRole(mention.Start, mention.Text);
            if (antecedent is not null)
            {
                return Reference(antecedent, SpeakerResolution.Coreference);
            }
        }

        return Reference(mention, SpeakerResolution.CueVerb);
    }

    private EntityMention? MentionAt(Word word, bool placeCanSpeak = true) => candidates.At(word.Start, word.End, placeCanSpeak);

    private bool IsSpeechVerb(Word word) =>
        !word.IsCapitalised && !FunctionWords.Contains(word.Lower) && gazetteer.SpeechVerbLemma(word.Text) is not null
        && MentionAt(word) is null;

    public SpeakerReference Reference(EntityMention mention, SpeakerResolution resolution) =>
        new(text[mention.Start..mention.End], mention.Start, mention.End, resolution);
}
