using CrossCheck.Analysis;
using CrossCheck.Outlets;

namespace CrossCheck.Alignment.Derivation;

/// <summary>The outlets a report credits as its source, normalised (<see cref="OutletNames.Normalise"/>): the
/// attributions of its claims ("according to AP") and the credits in its text ("Reuters reported", a "(AP) —"
/// dateline). Its own outlet is left out. Whether a name is an outlet is decided by matching it against the outlets
/// of the story's reports.</summary>
internal static class CreditedOutlets
{
    public static IReadOnlyList<string> Of(AnalysedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var own = OutletNames.Normalise(article.Article.Outlet);
        return article.Claims
            .Select(c => OutletNames.Normalise(c.Attribution))
            .OfType<string>()
            .Concat(Clustering.Attribution.AttributionFinder.Find(article.Article.Text))
            .Where(name => !OutletNames.Same(name, own))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Whether <paramref name="credited"/> (from <see cref="Of"/>) names <paramref name="outlet"/>.</summary>
    public static bool Name(IReadOnlyList<string> credited, string? outlet)
    {
        ArgumentNullException.ThrowIfNull(credited);
        var name = OutletNames.Normalise(outlet);
        return name is not null && credited.Any(c => OutletNames.Same(c, name));
    }
}
