using System.Globalization;
using System.Text;

namespace CrossCheck.Text;

/// <summary>One word of a name as two reports may spell it differently: lower case, accents dropped ("Vendôme" /
/// "Vendome"), the possessive dropped ("Magistrates'" / "Magistrates"), a final plural s dropped ("Magistrates" /
/// "magistrate").</summary>
internal static class NameSpelling
{
    public static string Fold(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        var folded = builder.ToString().Normalize(NormalizationForm.FormC);
        if (folded.EndsWith("'s", StringComparison.Ordinal) || folded.EndsWith("’s", StringComparison.Ordinal))
        {
            folded = folded[..^2];
        }

        folded = folded.TrimEnd('\'', '’');
        return folded.Length > 3 && folded.EndsWith('s') ? folded[..^1] : folded;
    }

    /// <summary>Whether two words of a name are one name spelled two ways ("Alishvandi" / "Alishbandi", a transliteration;
    /// "Grigoropoulos" / "Grigoropulos"): after <see cref="Fold"/>, the same first letter and at most one edit per
    /// <see cref="LettersPerEdit"/> letters of the shorter (Levenshtein distance). "Smith" / "Butler" are two names.</summary>
    public static bool AreVariants(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (x, y) = (Fold(a), Fold(b));
        if (x.Length == 0 || y.Length == 0 || x[0] != y[0])
        {
            return false;
        }

        var allowed = Math.Max(1, Math.Min(x.Length, y.Length) / LettersPerEdit);
        return Quickenshtein.Levenshtein.GetDistance(x, y) <= allowed;
    }

    /// <summary>Letters of a name per edit two spellings of it may differ by (<see cref="AreVariants"/>).</summary>
    private const int LettersPerEdit = 5;
}
