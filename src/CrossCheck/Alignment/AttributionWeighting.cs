namespace CrossCheck.Alignment;

/// <summary>Who a claim is attributed to ("..., the Civil Protection Service said", "according to the bankers'
/// association") is not what it states: two reports of one fact often credit different sources, and two facts
/// credited to one source are not the same fact. The units naming the source weigh
/// <see cref="SourceWeight"/> of their IDF weight, and so does the date of the statement ("said on Monday").</summary>
internal static class AttributionWeighting
{
    public const double SourceWeight = 0.5;

    public static TextProfile Apply(TextProfile profile, string? attribution)
    {
        var sourceWords = new HashSet<string>(string.IsNullOrWhiteSpace(attribution) ? [] : Words(attribution), StringComparer.Ordinal);
        var changed = false;
        var units = profile.Units
            .Select(unit =>
            {
                // When the source said it ("..., the ministry said on Monday") is not what it said either (decision 227).
                var ofStatement = unit is { Kind: UnitKind.Date, OfStatement: true };
                if (!ofStatement && (sourceWords.Count == 0 || unit.Kind is not (UnitKind.Word or UnitKind.Entity) || !Words(unit.Surface).All(sourceWords.Contains)))
                {
                    return unit;
                }

                changed = true;
                return unit with { Weight = unit.Weight * SourceWeight };
            })
            .ToList();
        return changed ? new TextProfile(units, profile.Negated, profile.NegationCues) : profile;
    }

    private static IEnumerable<string> Words(string text) =>
        text.ToLowerInvariant()
            .Split([' ', '\u00A0', ',', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('\'', '’', '"', '“', '”', '(', ')'))
            .Where(w => w.Length > 0);
}
