namespace CrossCheck.Alignment;

/// <summary>Inverse document frequencies within one story, where a document is one claim: words every
/// report repeats ("Kosovo" in a Kosovo story) weigh little, the specific ones weigh much.</summary>
internal sealed class StoryVocabulary
{
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private int _documents;

    public void AddDocument(RawSpan span)
    {
        _documents++;
        foreach (var key in span.Units.Select(u => u.VocabularyKey).Distinct(StringComparer.Ordinal))
        {
            _documentFrequency[key] = _documentFrequency.GetValueOrDefault(key) + 1;
        }
    }

    public int DocumentFrequency(string key) => _documentFrequency.GetValueOrDefault(key);

    /// <summary>ln(1 + N/df): never zero, so even a story-wide word still counts a little.</summary>
    public double Idf(string key) => Math.Log(1.0 + (Math.Max(_documents, 1) / (double)Math.Max(DocumentFrequency(key), 1)));

    /// <summary>A figure is the most specific content a claim can carry: it weighs as a word seen once.</summary>
    public double RareWeight => Math.Log(1.0 + Math.Max(_documents, 1));

    public TextProfile Weigh(RawSpan span, UnitNumbering? numbering = null)
    {
        var units = span.Units
            .Select(u => u.Unit with { Weight = u.Unit.Kind == UnitKind.Quantity ? RareWeight : Idf(u.VocabularyKey) * u.Unit.Informativeness * (u.Unit.Background ? BackgroundClauses.Weight : 1.0) })
            .Select(u => numbering is null ? u : numbering.Number(u))
            .ToList();
        return new TextProfile(units, span.NegationCues.Count > 0, span.NegationCues);
    }
}
