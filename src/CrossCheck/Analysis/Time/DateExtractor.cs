using CrossCheck.Extraction;
using CrossCheck.Text;

namespace CrossCheck.Analysis.Time;

/// <summary>Finds time expressions and resolves them against the publication date (deictic: "Wednesday",
/// "last month") or the last mentioned date (anaphoric: "the next day").
/// PLACEHOLDER: finds nothing; the Time stage replaces it.</summary>
public static class DateExtractor
{
    public static IReadOnlyList<DateMention> Extract(string text, IReadOnlyList<Sentence> sentences, PublicationDate? published) => [];
}
