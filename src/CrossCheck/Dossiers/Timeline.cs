namespace CrossCheck.Dossiers;

/// <summary>Orders the dated claims of a story by the date they mention (day, month or year precision).</summary>
internal static class Timeline
{
    private const int SummaryLength = 160;

    public static IReadOnlyList<TimelineEntry> Build(IReadOnlyList<DateEntry> dates, IReadOnlyList<ClaimEntry> claims)
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(claims);
        var claimById = claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        return dates
            .Where(d => d.ClaimId is not null && IsCalendarValue(d.Value))
            .GroupBy(d => d.Value, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var claimIds = g.Select(d => d.ClaimId!).Distinct(StringComparer.Ordinal).ToList();
                var summary = claimIds
                    .Select(id => claimById[id])
                    .OrderByDescending(c => c.Evidence.Count)
                    .ThenBy(c => c.Text.Length)
                    .First().Text;
                return new TimelineEntry(g.Key, Shorten(summary), claimIds);
            })
            .ToList();
    }

    private static bool IsCalendarValue(string value) =>
        value.Length >= 4 && value.Take(4).All(char.IsAsciiDigit);

    private static string Shorten(string text) =>
        text.Length <= SummaryLength ? text : text[..(SummaryLength - 1)].TrimEnd() + "…";
}
