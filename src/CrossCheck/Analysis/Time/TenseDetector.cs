using System.Text.RegularExpressions;
using CrossCheck.Text;

namespace CrossCheck.Analysis.Time;

/// <summary>Guesses whether an expression refers back or forward in time from the verbs around it in its
/// sentence: the nearest tense marker before it wins, else the nearest after it. News is mostly past tense,
/// so "Friday" next to "said" is the Friday just gone.</summary>
internal static partial class TenseDetector
{
    public static TenseDirection Detect(string text, int windowStart, int windowEnd, int spanStart, int spanEnd)
    {
        var before = Words().Matches(text[windowStart..spanStart]);
        for (var i = before.Count - 1; i >= 0; i--)
        {
            if (i < before.Count - 1 && TenseWords.BoundaryPrepositions.Contains(before[i].Value))
            {
                continue;
            }

            var previous = i > 0 ? before[i - 1].Value : null;
            var tense = Classify(before[i].Value, previous, i + 1 < before.Count ? before[i + 1].Value : null);
            if (tense != TenseDirection.Unknown)
            {
                return tense;
            }
        }

        var after = Words().Matches(text[spanEnd..windowEnd]);
        for (var i = 0; i < after.Count; i++)
        {
            if (TenseWords.BoundaryPrepositions.Contains(after[i].Value))
            {
                continue;
            }

            var previous = i > 0 ? after[i - 1].Value : null;
            var tense = Classify(after[i].Value, previous, i + 1 < after.Count ? after[i + 1].Value : null);
            if (tense != TenseDirection.Unknown)
            {
                return tense;
            }
        }

        return TenseDirection.Unknown;
    }

    private static TenseDirection Classify(string word, string? previous, string? next)
    {
        if (word.Equals("going", StringComparison.OrdinalIgnoreCase))
        {
            return next is not null && next.Equals("to", StringComparison.OrdinalIgnoreCase) ? TenseDirection.Future : TenseDirection.Unknown;
        }

        if (word.Equals("won", StringComparison.OrdinalIgnoreCase) && next is "t")
        {
            return TenseDirection.Future;
        }

        if (TenseWords.Future.Contains(word)
            || (previous is not null && TenseWords.PassiveAuxiliaries.Contains(previous) && TenseWords.Scheduled.Contains(word)))
        {
            return TenseDirection.Future;
        }

        var pastForm = TenseWords.Past.Contains(word)
            || (word.Length >= 5 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !TenseWords.NotPastParticiples.Contains(word));
        if (!pastForm)
        {
            return IsScheduledPresent(word, previous) ? TenseDirection.Future : TenseDirection.Unknown;
        }

        // "to be published", "is expected": a participle after a form of "be" is not a past tense; nor is one after
        // a determiner ("will tour the flooded district", "its revised forecast"): that is an adjective.
        return previous is not null
            && ((TenseWords.PassiveAuxiliaries.Contains(previous) && !word.Equals("had", StringComparison.OrdinalIgnoreCase))
                || ClosedClassWords.IsNounPhraseDeterminer(previous))
            ? TenseDirection.Unknown
            : TenseDirection.Past;
    }

    /// <summary>"the fair, which begins Friday", "it resumes talks Monday": a present-tense verb of an event in the
    /// expression's clause states a schedule. The verb must follow a relative or personal pronoun, or have no noun
    /// reading at all ("the patrols Monday" is a noun); reporting verbs ("says", "say") do not date the event.</summary>
    private static bool IsScheduledPresent(string word, string? previous)
    {
        if (word.Length < 3 || !word.All(char.IsLower) || TenseWords.PassiveAuxiliaries.Contains(word) || TenseWords.Past.Contains(word)
            || word.EndsWith("ing", StringComparison.Ordinal) || ClosedClassWords.ClassOf(word) is not null || FunctionWords.Contains(word))
        {
            return false;
        }

        var lexicon = Lexicon.Default;
        var bases = lexicon.BaseForms(word, PartOfSpeech.Verb);
        if (bases.Count == 0 || bases.Any(ReportingVerbs.Lemmas.Contains) || (!word.EndsWith('s') && previous is not ("they" or "which" or "that" or "who")))
        {
            return false;
        }

        var afterPronoun = previous is "which" or "that" or "who" or "it" or "he" or "she" or "they";
        return afterPronoun || (previous is not null && !ClosedClassWords.IsNounPhraseDeterminer(previous) && !FunctionWords.Contains(previous)
            && !lexicon.PartsOfSpeech(word).Contains(PartOfSpeech.Noun));
    }

    [GeneratedRegex(@"[A-Za-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
