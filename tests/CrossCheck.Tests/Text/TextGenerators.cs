using FsCheck;
using FsCheck.Fluent;

namespace CrossCheck.Tests.Text;

/// <summary>Generators of news-like text: words, numbers, abbreviations, quotes and awkward punctuation.</summary>
internal static class TextGenerators
{
    private static readonly string[] Pieces =
    [
        "NATO", "Kosovo", "said", "the", "troops", "Rama's", "country’s", "ex-president", "F-16", "U.S.", "a.m.",
        "Dr.", "Mr.", "Nov.", "St.", "Inc.", "J.", "R.", "4,500", "3.5", "1,234.5", "20th", "1990s", "50,000",
        ".", ",", ";", ":", "!", "?", "...", "\"", "“", "”", "‘", "’", "'", "(", ")", "[", "]", "—", "-",
        " ", " ", " ", " ", "\n", "\n\n", "\r\n", "\t", "é", "😀", "\uD800", "Unrest in Kosovo", "restraint.Albanian",
        "5. 9", "£1. 7m", "7: 45", "20, 000", "U. S.", "p. m.", ". \"", "? ”", "(. 312)", "an? 110", "2009. 5",
    ];

    public static Gen<string> NewsText =>
        Gen.OneOf(
            Gen.Elements(Pieces).ArrayOf().Select(parts => string.Concat(parts)),
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty));

    public static Arbitrary<string> NewsTextArbitrary => Arb.From(NewsText);
}
