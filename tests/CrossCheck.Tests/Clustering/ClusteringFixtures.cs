using CrossCheck.Extraction;

namespace CrossCheck.Tests.Clustering;

/// <summary>Fictional reports (invented places, people and outlets) of two earthquakes and a court case.</summary>
internal static class ClusteringFixtures
{
    public const string QuakeVeldmarkWire =
        "A magnitude 6.1 earthquake struck the mountain town of Veldmark early on Tuesday, March 4, killing at least 14 people. " +
        "Rescue teams led by Colonel Ivo Maresk searched collapsed houses in the old quarter through the night. " +
        "Governor Lena Ostrava declared a state of emergency across the Karsk province and asked for tents and blankets. " +
        "The tremor was felt as far as the port of Dunmere, where windows shattered in several office buildings. " +
        "Seismologists at the Karsk Geophysical Institute said aftershocks could continue for days.";

    public const string QuakeVeldmarkOwnReport =
        "Survivors in Veldmark spent a cold night outdoors after the earthquake on March 4 flattened dozens of homes. " +
        "Colonel Ivo Maresk, who leads the rescue effort, said his teams had pulled nine people alive from the rubble. " +
        "Governor Lena Ostrava visited the damaged hospital and promised rebuilding money for the Karsk province. " +
        "The death toll rose to 16 on Wednesday, officials said, and aftershocks kept families away from their houses.";

    public const string QuakeSelburyReport =
        "A magnitude 5.8 earthquake hit the coastal city of Selbury on Saturday, November 8, injuring 40 people. " +
        "Mayor Tomas Arvid said the harbour wall had cracked and the ferry terminal was closed for inspection. " +
        "Engineers from the Brenland Coastal Authority examined bridges along the Selbury estuary. " +
        "Schools in the Brenland region stayed shut while inspectors checked buildings for damage.";

    public const string QuakeSelburyFollowUp =
        "Inspectors in Selbury reopened the ferry terminal after the November 8 earthquake, Mayor Tomas Arvid said. " +
        "The Brenland Coastal Authority found the harbour wall safe but ordered repairs to two bridges over the estuary. " +
        "Forty people hurt in the quake have left hospital, and schools across the Brenland region reopen on Monday.";

    public const string TrialReport =
        "A court in Harlow Vale sentenced former banker Piet Vandross to six years in prison for embezzling pension funds. " +
        "Judge Amara Colby said Vandross had betrayed thousands of savers at Meridian Mutual over a decade. " +
        "His lawyer, Carl Osei, said the defence would appeal the verdict at the regional court.";

    public static Article Make(string id, string title, string text, int? day = null, string? outlet = null, int month = 3) =>
        new(id, id + ".txt", title, text, Outlet: outlet,
            Published: day is { } d ? new PublicationDate(new DateOnly(2025, month, d)) : null,
            PublishedFrom: day is null ? PublishedFrom.None : PublishedFrom.Metadata);
}
