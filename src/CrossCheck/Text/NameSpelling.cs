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
}
