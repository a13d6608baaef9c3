using CrossCheck.Extraction;
using CrossCheck.Text;

namespace CrossCheck.Analysis.Time;

/// <summary>Finds time expressions and resolves them against the publication date (deictic: "Wednesday",
/// "last month") or the last mentioned date (anaphoric: "the next day"). Only calendar dates and times become
/// mentions; durations, sets and vague references ("now", "in the past") are left out. Each date is marked with
/// its role (<see cref="DateRoles"/>): whether it dates the event or the statement reporting it.</summary>
internal static class DateExtractor
{
    public static IReadOnlyList<DateMention> Extract(string text, IReadOnlyList<Sentence> sentences, PublicationDate? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        var mentions = new List<DateMention>();
        foreach (var resolved in TimexResolver.Resolve(text, sentences, published?.Date))
        {
            if (!resolved.Value.IsCalendarPoint)
            {
                continue;
            }

            var candidate = resolved.Candidate;
            mentions.Add(new DateMention(
                text[candidate.Start..candidate.End],
                candidate.Start,
                candidate.End,
                resolved.Value.Value,
                resolved.Value.Granularity,
                resolved.SentenceIndex,
                resolved.Value.Relative)
            {
                UtcOffset = resolved.Value.UtcOffset,
                Role = DateRoles.Of(text, candidate.Start),
                ReachesTo = resolved.Value.ReachesTo,
                Elapsed = resolved.Value.Elapsed,
            });
        }

        return mentions;
    }
}
