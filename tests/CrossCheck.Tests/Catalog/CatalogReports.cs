using CrossCheck.Ingest;

namespace CrossCheck.Tests.Catalog;

/// <summary>Fictional reports of two unrelated events, several outlets each, for catalog tests.</summary>
internal static class CatalogReports
{
    public static RawDocument Dam(string id, string outlet, string published, string lead) => Report(
        id, outlet, published, "Lentmoor dam holds after record rain",
        lead + " The Lentmoor dam on the Vela river held on Tuesday after three days of record rain, the Ostrevia water board said. "
        + "Engineer Mira Caldane told reporters the spillway carried 410 cubic metres a second at its peak. "
        + "About 2,300 residents of Lentmoor and Hask were moved to schools as a precaution and may return on Thursday.");

    public static RawDocument Ferry(string id, string outlet, string published, string lead) => Report(
        id, outlet, published, "Varnholt ferry crews strike over pay",
        lead + " Ferry crews in Varnholt walked out on Monday in a dispute over pay, halting crossings to the Skerra islands. "
        + "The Varnholt Seafarers Union said 180 deckhands and engineers joined the strike after talks with the Tidewater Line failed. "
        + "Union leader Oskar Brennvik said the crews asked for a raise of 7 percent; the company offered 3 percent.");

    public static RawDocument Report(string id, string outlet, string published, string title, string text) =>
        new(id, id + ".md", DocumentFormat.PlainText, text, new DocumentMetadata(title, outlet, $"https://{outlet.Replace(' ', '-').ToLowerInvariant()}.example/{id}", published));
}
