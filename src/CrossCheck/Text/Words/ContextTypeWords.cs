using System.Collections.Frozen;

namespace CrossCheck.Text;

/// <summary>Words around a name that fix its type where WordNet leaves it open: a lower-case
/// administrative unit after a name ("Pidie district", "Kalmar county") makes it a place; a head noun
/// WordNet does not list as an organisation ("US Geological Survey") makes it an organisation; and the
/// news agencies and broadcasters that pass quotes on ("told Agence France-Presse") are channels.</summary>
internal static class ContextTypeWords
{
    /// <summary>Lower-case units of territory that follow a place's name ("Bener Meriah district").</summary>
    public static readonly FrozenSet<string> AdministrativeUnits = FrozenSet.Create(
        StringComparer.Ordinal,
        "district", "subdistrict", "sub-district", "regency", "province", "county", "prefecture", "municipality",
        "governorate", "oblast", "canton", "region", "state", "city", "town", "village", "township", "island");

    /// <summary>Organisation head nouns WordNet does not give as such.</summary>
    public static readonly FrozenSet<string> OrganizationHeads = FrozenSet.Create(
        StringComparer.Ordinal,
        "survey", "observatory", "bureau", "authority", "council", "commission", "directorate", "administration");

    /// <summary>Wire agencies and broadcasters that relay what people say to them.</summary>
    public static readonly FrozenSet<string> NewsAgencies = FrozenSet.Create(
        StringComparer.Ordinal,
        "Agence France-Presse", "Agence France Presse", "AFP", "Reuters", "Associated Press", "AP", "Xinhua",
        "Kyodo", "Kyodo News", "ANSA", "Anadolu", "Anadolu Agency", "Bernama", "Antara", "dpa", "Deutsche Presse-Agentur",
        "EFE", "Interfax", "TASS", "Yonhap", "Press Trust of India", "PTI", "United Press International", "UPI",
        "BBC", "CNN", "Al Jazeera");

    /// <summary>True for a wire agency or broadcaster, with or without a trailing "news agency" head.</summary>
    public static bool IsNewsAgency(string name) => NewsAgencies.Contains(name);
}
