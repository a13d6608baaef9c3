namespace CrossCheck.Alignment.Derivation;

/// <summary>Which of two reports was published first, when their own dates tell it. A date the pipeline inferred
/// from the rest of the story (<see cref="PublishedFrom.Story"/>) is no date here, and a report without a date of its
/// own is not ordered against any other: a missing date says nothing about when a report appeared (a page without
/// metadata may be the wire original), so the text decides (docs/decisions.md, decision 181). Two reports of the same
/// day are ordered by their times only when both give one, with or without a UTC offset alike; otherwise the order
/// is unknown.</summary>
internal static class PublicationOrder
{
    /// <summary>Negative when <paramref name="a"/> was published before <paramref name="b"/>, positive when after,
    /// zero when the dates do not tell.</summary>
    public static int Compare(Article a, Article b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (first, second) = (OwnDate(a), OwnDate(b));
        if (first is null || second is null)
        {
            return 0;
        }

        if (first.Date != second.Date)
        {
            return first.Date.CompareTo(second.Date);
        }

        if (first.Time is not { } timeA || second.Time is not { } timeB || first.Offset.HasValue != second.Offset.HasValue)
        {
            return 0;
        }

        var instantA = first.Date.ToDateTime(timeA) - (first.Offset ?? TimeSpan.Zero);
        var instantB = second.Date.ToDateTime(timeB) - (second.Offset ?? TimeSpan.Zero);
        return instantA.CompareTo(instantB);
    }

    private static PublicationDate? OwnDate(Article article) =>
        article.PublishedFrom == PublishedFrom.Story ? null : article.Published;
}
