namespace CrossCheck.Evaluation;

/// <summary>The scored sections, in report order. The names are the keys of the JSON report and of the floors file.</summary>
public static class EvaluationSections
{
    public const string Stories = "stories";
    public const string Claims = "claims";
    public const string Quotes = "quotes";
    public const string QuoteLinks = "quoteLinks";
    public const string Speakers = "speakers";
    public const string Entities = "entities";
    public const string Dates = "dates";
    public const string Quantities = "quantities";
    public const string PublicationDates = "publicationDates";
    public const string Rewrites = "rewrites";
    public const string Overall = "overall";

    public static IReadOnlyList<string> All { get; } =
        [Stories, Claims, Quotes, QuoteLinks, Speakers, Entities, Dates, Quantities, PublicationDates, Rewrites];
}
