using System.Collections.Frozen;

namespace CrossCheck.Text;

/// <summary>English abbreviations that end with a period without ending the sentence.</summary>
internal static class Abbreviations
{
    /// <summary>Titles and name prefixes, and "vs.": always followed by what they introduce, so never the end of a
    /// sentence.</summary>
    private static readonly FrozenSet<string> Titles = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "gen", "gens", "lt", "col", "maj", "capt", "cpt",
        "sgt", "cpl", "pvt", "adm", "cmdr", "cdr", "brig", "gov", "govs", "sen", "sens", "rep", "reps", "rev", "hon",
        "pres", "supt", "insp", "det", "fr", "mt", "sr", "sra", "srta", "gov't", "atty", "const", "msgr", "dep", "cllr", "vs");

    /// <summary>Other abbreviations that are not English words: months, weekdays, company suffixes, Latin forms,
    /// streets and places ("St." is a street as often as a saint). They may end a sentence, which the splitter
    /// decides from the next word.</summary>
    private static readonly FrozenSet<string> Others = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "tue", "tues", "thu", "thur", "thurs", "fri",
        "inc", "ltd", "co", "corp", "bros", "llc", "plc", "dept", "univ", "assn", "ave", "blvd", "rd",
        "hwy", "st", "ft", "dist", "etc", "approx", "cf", "al", "incl", "excl", "intl", "natl", "govt", "mln", "bln", "viz",
        "ariz", "calif", "colo", "conn", "fla", "mich", "minn", "okla", "tenn", "wis", "wyo", "ala", "kan", "ky", "md",
        "mont", "neb", "nev", "tex", "vt", "va", "phila");

    /// <summary>Abbreviations that end a person's name ("Arden Vale Jr.", "Tomas Brill Esq."): the name goes on to
    /// them, and what follows in commas is said of the person ("Arden Vale Jr., 52, ..."). They may end a sentence.</summary>
    private static readonly FrozenSet<string> NameSuffixes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "jr", "esq");

    /// <summary>Abbreviations that precede a number ("No. 5", "Art. 9", "p. 12") and only then.</summary>
    private static readonly FrozenSet<string> NumberPrefixes = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "no", "nos", "art", "arts", "fig", "figs", "vol", "vols", "p", "pp", "ch", "sec", "para", "op", "ed", "mar");

    public static bool IsTitle(ReadOnlySpan<char> word) => Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsKnown(ReadOnlySpan<char> word) =>
        IsTitle(word) || Others.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || IsNameSuffix(word);

    public static bool IsNameSuffix(ReadOnlySpan<char> word) => NameSuffixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsNumberPrefix(ReadOnlySpan<char> word) => NumberPrefixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
