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

    /// <summary>Prepositions that put a place in a role of what a sentence tells (decision 480), lower case: true for
    /// the ones that name a point ("near", "off", "at", "outside") or a person's origin ("a foreman from ..."), where
    /// two different places are two answers to one question; false for "in", which also names an area that may hold
    /// the other place ("in Italy" / "in Sicily").</summary>
    public static readonly FrozenDictionary<string, bool> PlacePrepositions = new Dictionary<string, bool>(StringComparer.Ordinal)
    {
        ["near"] = true, ["off"] = true, ["at"] = true, ["outside"] = true, ["from"] = true, ["in"] = false,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Nouns that frame a place's name after a preposition ("off the coast of Sicily", "from the village of
    /// Hestrup"), besides the administrative units (<see cref="AdministrativeUnits"/>).</summary>
    public static readonly FrozenSet<string> PlaceFrames = FrozenSet.Create(
        StringComparer.Ordinal, "coast", "coasts", "shore", "shores", "outskirts", "waters", "suburb", "hamlet", "port");

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
