using System.Buffers;

namespace CrossCheck.Text;

/// <summary>Phrases that credit a report to a named source ("according to Reuters", "the BBC reported"), read by the
/// clusterer's attribution finder before any analysis has run. The phrases are regular-expression alternations so
/// that the finder's source-generated patterns embed them; their first words are what a vectorised search looks for
/// before a pattern is tried.</summary>
internal static class AttributionPhrases
{
    /// <summary>A credit before the name: "according to", "reported by", "via" (matched case-insensitively).</summary>
    public const string CreditBeforeName = @"according\s+to|reported\s+by|cited\s+by|quoted\s+by|via|citing";

    /// <summary>A report after the name: "reported", "said in a report", "news agency reported".</summary>
    public const string ReportAfterName = @"reported|reports|said\s+in\s+a\s+report|news\s+agency\s+reported";

    /// <summary>The first words of <see cref="CreditBeforeName"/>, any case.</summary>
    public static readonly SearchValues<string> CreditFirstWords = SearchValues.Create(
        ["according", "reported", "cited", "quoted", "via", "citing"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The first words of <see cref="ReportAfterName"/>, as written.</summary>
    public static readonly SearchValues<string> ReportFirstWords = SearchValues.Create(
        ["reported", "reports", "said", "news"], StringComparison.Ordinal);
}
