using System.Globalization;

namespace CrossCheck.Dossiers.Rendering;

internal static class Counts
{
    public static string Of(int count, string singular, string plural) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);

    public static string Summary(DossierDocument document) =>
        Of(document.Stories.Count, "story", "stories") + " from " + Of(document.Articles.Count, "report", "reports") + ".";
}
