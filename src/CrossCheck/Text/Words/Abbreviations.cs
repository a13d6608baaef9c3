using System.Collections.Frozen;

namespace CrossCheck.Text;

/// <summary>English abbreviations that end with a period without ending the sentence.</summary>
internal static class Abbreviations
{
    /// <summary>Titles and name prefixes: always followed by a name, so never the end of a sentence.</summary>
    private static readonly FrozenSet<string> Titles = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "gen", "gens", "lt", "col", "maj", "capt", "cpt",
        "sgt", "cpl", "pvt", "adm", "cmdr", "cdr", "brig", "gov", "govs", "sen", "sens", "rep", "reps", "rev", "hon",
        "pres", "supt", "insp", "det", "fr", "st", "mt", "ft", "sr", "sra", "srta", "gov't");

    /// <summary>Other abbreviations that are not English words: months, weekdays, company suffixes, Latin forms.
    /// They may end a sentence, which the splitter decides from the next word.</summary>
    private static readonly FrozenSet<string> Others = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "tue", "tues", "thu", "thur", "thurs", "fri",
        "inc", "ltd", "co", "corp", "bros", "llc", "plc", "jr", "esq", "dept", "univ", "assn", "ave", "blvd", "rd",
        "hwy", "etc", "vs", "approx", "cf", "al", "incl", "excl", "intl", "natl", "govt", "mln", "bln", "viz",
        "ariz", "calif", "colo", "conn", "fla", "mich", "minn", "okla", "tenn", "wis", "wyo");

    /// <summary>Abbreviations that precede a number ("No. 5", "Art. 9", "p. 12") and only then.</summary>
    private static readonly FrozenSet<string> NumberPrefixes = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "no", "nos", "art", "arts", "fig", "figs", "vol", "vols", "p", "pp", "ch", "sec", "para", "op", "ed", "mar");

    public static bool IsTitle(ReadOnlySpan<char> word) => Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsKnown(ReadOnlySpan<char> word) =>
        IsTitle(word) || Others.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsNumberPrefix(ReadOnlySpan<char> word) => NumberPrefixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
