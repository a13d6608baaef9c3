using System.Globalization;
using System.Text;

namespace CrossCheck.Text;

/// <summary>Splits text into word, number and punctuation tokens with exact offsets.</summary>
/// <remarks>
/// Words keep internal apostrophes and hyphens ("Rama's", "country’s", "ex-president", "F-16") and dotted
/// abbreviations of single letters ("U.S.", "a.m."). Numbers keep thousands separators and decimals ("4,500",
/// "3.5", "1,234.5") and an ordinal or decade suffix ("20th", "1990s"). Every other visible character is a
/// one-character punctuation token (straight and curly quotes included), except runs of dots ("...").
/// Whitespace is skipped; surrogate pairs are never split.
/// </remarks>
public static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text, int baseOffset = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5 + 1);
        var i = 0;
        while (i < text.Length)
        {
            var rune = RuneAt(text, i);
            if (Rune.IsWhiteSpace(rune))
            {
                i += rune.Utf16SequenceLength;
                continue;
            }

            var start = i;
            TokenKind kind;
            if (Rune.IsDigit(rune))
            {
                i = ScanNumber(text, i);
                kind = TokenKind.Number;
            }
            else if (Rune.IsLetter(rune))
            {
                i = ScanWord(text, i);
                kind = TokenKind.Word;
            }
            else
            {
                i = ScanPunctuation(text, i, rune);
                kind = TokenKind.Punctuation;
            }

            if (i == start)
            {
                // Every scanner consumes at least the character it was called on; never loop in place.
                i += rune.Utf16SequenceLength;
            }

            tokens.Add(new Token(text[start..i], baseOffset + start, baseOffset + i, kind));
        }

        return tokens;
    }

    private static int ScanNumber(string text, int i)
    {
        i = SkipDigits(text, i);
        while (i + 1 < text.Length)
        {
            if (text[i] == ',' && IsThousandsGroup(text, i + 1))
            {
                i += 4;
            }
            else if (text[i] == '.' && char.IsDigit(text[i + 1]))
            {
                i = SkipDigits(text, i + 1);
            }
            else
            {
                break;
            }
        }

        return ScanNumberSuffix(text, i);
    }

    /// <summary>Ordinal and decade suffixes ("1st", "20th", "1990s") stay with the number, other letters do not.</summary>
    private static int ScanNumberSuffix(string text, int i)
    {
        var end = i;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        var suffix = text.AsSpan(i, end - i);
        var isSuffix = suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("s", StringComparison.Ordinal);
        return isSuffix && (end == text.Length || !char.IsLetterOrDigit(text[end])) ? end : i;
    }

    private static bool IsThousandsGroup(string text, int i) =>
        i + 3 <= text.Length && char.IsDigit(text[i]) && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2])
        && (i + 3 == text.Length || !char.IsDigit(text[i + 3]));

    /// <summary>Decimal digits of any script ("١٢٣" as well as "123"), as <see cref="Rune.IsDigit"/> sees them.</summary>
    private static int SkipDigits(string text, int i)
    {
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int ScanWord(string text, int i)
    {
        var start = i;
        i = SkipWordCharacters(text, i);
        if (i - start == 1 && IsDottedAbbreviation(text, start))
        {
            return ScanDottedAbbreviation(text, start);
        }

        while (i + 1 < text.Length && IsInternalJoiner(text[i]) && IsWordCharacter(text, i + 1))
        {
            i = SkipWordCharacters(text, i + 1);
        }

        return i;
    }

    /// <summary>"U.S.", "a.m.", "e.g.": single letters each followed by a dot, at least two of them.</summary>
    private static bool IsDottedAbbreviation(string text, int i) =>
        i + 3 < text.Length && text[i + 1] == '.' && char.IsLetter(text[i + 2]) && text[i + 3] == '.';

    private static int ScanDottedAbbreviation(string text, int i)
    {
        while (i + 1 < text.Length && char.IsLetter(text[i]) && text[i + 1] == '.')
        {
            i += 2;
        }

        return i;
    }

    private static bool IsInternalJoiner(char c) => c is '\'' or '\u2019' or '-' or '\u2010' or '\u2011';

    private static int SkipWordCharacters(string text, int i)
    {
        while (i < text.Length && IsWordCharacter(text, i))
        {
            i += RuneAt(text, i).Utf16SequenceLength;
        }

        return i;
    }

    private static bool IsWordCharacter(string text, int i)
    {
        var rune = RuneAt(text, i);
        return Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static int ScanPunctuation(string text, int i, Rune rune)
    {
        if (text[i] == '.')
        {
            while (i < text.Length && text[i] == '.')
            {
                i++;
            }

            return i;
        }

        return i + rune.Utf16SequenceLength;
    }

    /// <summary>The character at <paramref name="i"/>; a lone surrogate reads as U+FFFD (one UTF-16 unit long).</summary>
    private static Rune RuneAt(string text, int i) =>
        Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out _) == System.Buffers.OperationStatus.Done ? rune : Rune.ReplacementChar;
}
