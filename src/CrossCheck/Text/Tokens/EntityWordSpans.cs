using System.Globalization;

namespace CrossCheck.Text;

/// <summary>Where the entity recogniser's words lie, read from the <see cref="Tokenizer"/> tokens of a sentence.</summary>
/// <remarks>
/// Each token is cut into pieces: a run of letters, digits and combining marks (a leading mark is a piece of its own,
/// as a word cannot start with one), or a single other unit (a joiner -, ' or ’; a dot; any other punctuation, the
/// joiners ‐ and ‑, half of a surrogate pair). Pieces with nothing between them are read left to right:
/// <list type="number">
/// <item>Two or more single capitals each followed by a dot are one word ("U.S."; "a.m." is not: it is "a" and "m").</item>
/// <item>Otherwise a run starting with a letter or digit takes every run that touches it, across tokens ("16F",
/// "21st"), and a joiner -, ' or ’ with the run that follows it ("1990s-era", "Rama's").</item>
/// </list>
/// Everything else (the comma and dot of "4,500" and "3.5", the ‐ of "ex‐president") separates words.
/// </remarks>
internal static class EntityWordSpans
{
    private enum Piece
    {
        Run,
        Marks,
        Joiner,
        Dot,
        Other,
    }

    public static List<(int Start, int End)> Of(string text, IReadOnlyList<Token> tokens)
    {
        var pieces = new List<(int Start, int End, Piece Kind)>();
        foreach (var token in tokens)
        {
            Cut(pieces, text, token.Start, token.End);
        }

        var spans = new List<(int Start, int End)>();
        var i = 0;
        while (i < pieces.Count)
        {
            if (pieces[i].Kind != Piece.Run)
            {
                i++;
                continue;
            }

            var last = Abbreviation(pieces, text, i);
            if (last < 0)
            {
                last = i;
                while (last + 1 < pieces.Count && Touches(pieces, last))
                {
                    var next = pieces[last + 1].Kind;
                    if (next is Piece.Run or Piece.Marks)
                    {
                        last++;
                    }
                    else if (next == Piece.Joiner && last + 2 < pieces.Count && Touches(pieces, last + 1) && pieces[last + 2].Kind is Piece.Run or Piece.Marks)
                    {
                        last += 2;
                    }
                    else
                    {
                        break;
                    }
                }
            }

            spans.Add((pieces[i].Start, pieces[last].End));
            i = last + 1;
        }

        return spans;
    }

    /// <summary>The last piece of a dotted capital abbreviation starting at <paramref name="i"/>, or -1.</summary>
    private static int Abbreviation(List<(int Start, int End, Piece Kind)> pieces, string text, int i)
    {
        var pairs = 0;
        var k = i;
        while (k + 1 < pieces.Count && pieces[k].Kind == Piece.Run && pieces[k].End - pieces[k].Start == 1 && char.IsUpper(text[pieces[k].Start])
            && pieces[k + 1].Kind == Piece.Dot && Touches(pieces, k) && (k == i || Touches(pieces, k - 1)))
        {
            pairs++;
            k += 2;
        }

        return pairs >= 2 ? k - 1 : -1;
    }

    private static bool Touches(List<(int Start, int End, Piece Kind)> pieces, int k) => pieces[k].End == pieces[k + 1].Start;

    private static void Cut(List<(int Start, int End, Piece Kind)> pieces, string text, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            var pieceStart = i;
            if (IsMark(text[i]))
            {
                while (i < end && IsMark(text[i]))
                {
                    i++;
                }

                pieces.Add((pieceStart, i, Piece.Marks));
            }
            else if (char.IsLetterOrDigit(text[i]))
            {
                while (i < end && (char.IsLetterOrDigit(text[i]) || IsMark(text[i])))
                {
                    i++;
                }

                pieces.Add((pieceStart, i, Piece.Run));
            }
            else
            {
                var kind = text[i] is '-' or '\'' or '\u2019' ? Piece.Joiner : text[i] == '.' ? Piece.Dot : Piece.Other;
                pieces.Add((i, ++i, kind));
            }
        }
    }

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
