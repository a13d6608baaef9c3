namespace CrossCheck.Text;

/// <summary>The quantity finder's view of the <see cref="Tokenizer"/> stream: the same tokens, re-cut so that a number
/// is its digit run alone and everything that is neither a letter nor a digit is one symbol per UTF-16 unit.</summary>
/// <remarks>
/// The rules, applied to the tokens of one sentence in order:
/// <list type="number">
/// <item>A number token loses its ordinal or decade suffix, which becomes a word of its own ("21st" is "21" + "st").
/// A number made of a surrogate pair (a digit outside the Basic Multilingual Plane) is two symbols.</item>
/// <item>A punctuation token is one symbol per UTF-16 unit (a run of dots is one symbol per dot, a surrogate pair two).</item>
/// <item>A word token is cut into letter runs (joined by an inner -, ' or ’ between letters), digit runs and one symbol
/// for every other unit: the dots of "U.S.", combining marks, the joiners ‐ and ‑, halves of a surrogate pair.</item>
/// <item>Adjacent pieces with nothing between them are merged: digits, "," or ".", digits is one number ("4,50",
/// "1,2345"); a word, an inner joiner, a word is one word ("21st-century" gives "21" + "st-century").</item>
/// </list>
/// <see cref="QuantityToken.SpaceBefore"/> and <see cref="QuantityToken.Attached"/> come from the text between pieces.
/// With <c>spacedNumbers</c> (a text tokenised with spaces, <see cref="SpacedDecimals"/>), two more merges: digits, ",", one
/// space, three digits is one number ("20, 000"), and digits, ".", one space, digits is one number when the sentence
/// splitter's evidence says the number goes on (<see cref="SpacedDecimals.ContinuesNumber"/>: "5. 9", "£1. 7m").
/// <see cref="NumberWords.ParseDigits"/> reads such a number without its spaces.
/// </remarks>
internal static class QuantityTokens
{
    /// <summary>The quantity tokens of the sentence [<paramref name="start"/>, end) whose <see cref="Tokenizer"/> tokens
    /// are <paramref name="tokens"/>.</summary>
    public static List<QuantityToken> Of(string text, IReadOnlyList<Token> tokens, int start) => Of(text, tokens, start, spacedNumbers: null);

    /// <summary>As <see cref="Of(string, IReadOnlyList{Token}, int)"/>, reading numbers written with tokenisation spaces
    /// ("20, 000", "5. 9") as one number. <paramref name="spacedNumbers"/> says whether the whole text writes numbers that
    /// way (<see cref="SpacedDecimals.IsSpacedNumberText"/>); null keeps every spaced number apart.</summary>
    public static List<QuantityToken> Of(string text, IReadOnlyList<Token> tokens, int start, bool? spacedNumbers)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var spaced = spacedNumbers is { } flag ? new SpacedReading(start, tokens.Count > 0 ? tokens[^1].End : start, flag) : null;
        var pieces = new List<(int Start, int End, QuantityTokenKind Kind)>();
        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case TokenKind.Number when char.IsDigit(text[token.Start]):
                    var digits = token.Start;
                    while (digits < token.End && !char.IsAsciiLetter(text[digits]))
                    {
                        digits++;
                    }

                    if (spaced is null || !spaced.Merge(pieces, text, (token.Start, digits)))
                    {
                        Add(pieces, text, (token.Start, digits, QuantityTokenKind.Digits));
                    }

                    if (digits < token.End)
                    {
                        Add(pieces, text, (digits, token.End, QuantityTokenKind.Word));
                    }

                    break;
                case TokenKind.Word:
                    CutWord(pieces, text, token.Start, token.End);
                    break;
                default:
                    for (var i = token.Start; i < token.End; i++)
                    {
                        Add(pieces, text, (i, i + 1, QuantityTokenKind.Symbol));
                    }

                    break;
            }
        }

        var result = new List<QuantityToken>(pieces.Count);
        var previousEnd = start;
        foreach (var (pieceStart, pieceEnd, kind) in pieces)
        {
            var gap = text.AsSpan(previousEnd, pieceStart - previousEnd);
            var spaceOnly = gap.Length > 0 && !gap.ContainsAnyExcept(' ', '\u00A0');
            result.Add(new QuantityToken(text[pieceStart..pieceEnd], pieceStart, pieceEnd, kind, spaceOnly || gap.Length == 0, gap.Length == 0));
            previousEnd = pieceEnd;
        }

        return result;
    }

    private static void CutWord(List<(int Start, int End, QuantityTokenKind Kind)> pieces, string text, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            var pieceStart = i;
            if (char.IsLetter(text[i]))
            {
                i = SkipLetters(text, i, end);
                while (i + 1 < end && IsInnerJoiner(text[i]) && char.IsLetter(text[i + 1]))
                {
                    i = SkipLetters(text, i + 1, end);
                }

                Add(pieces, text, (pieceStart, i, QuantityTokenKind.Word));
            }
            else if (char.IsDigit(text[i]))
            {
                while (i < end && char.IsDigit(text[i]))
                {
                    i++;
                }

                Add(pieces, text, (pieceStart, i, QuantityTokenKind.Digits));
            }
            else
            {
                Add(pieces, text, (i, ++i, QuantityTokenKind.Symbol));
            }
        }
    }

    /// <summary>Adds a piece, merging it with the two before it when they make one number ("4" "," "50") or one
    /// word ("st" "-" "century") with nothing between them.</summary>
    private static void Add(List<(int Start, int End, QuantityTokenKind Kind)> pieces, string text, (int Start, int End, QuantityTokenKind Kind) piece)
    {
        var n = pieces.Count;
        if (n >= 2 && pieces[n - 1] is { Kind: QuantityTokenKind.Symbol } joiner && joiner.End == piece.Start
            && pieces[n - 2].End == joiner.Start && pieces[n - 2].Kind == piece.Kind
            && (piece.Kind == QuantityTokenKind.Digits ? text[joiner.Start] is ',' or '.' : piece.Kind == QuantityTokenKind.Word && IsInnerJoiner(text[joiner.Start])))
        {
            var first = pieces[n - 2];
            pieces.RemoveRange(n - 2, 2);
            pieces.Add((first.Start, piece.End, piece.Kind));
            return;
        }

        if (n >= 1 && pieces[n - 1].End == piece.Start && pieces[n - 1].Kind == piece.Kind && piece.Kind != QuantityTokenKind.Symbol)
        {
            // Runs of one class are maximal, as the old pattern took them; the Tokenizer keeps such runs whole, so this
            // only guards against two of its tokens touching.
            pieces[n - 1] = (pieces[n - 1].Start, piece.End, piece.Kind);
            return;
        }

        pieces.Add(piece);
    }

    /// <summary>The sentence a spaced number is read in: its bounds, and whether the whole text writes numbers with
    /// tokenisation spaces.</summary>
    private sealed record SpacedReading(int SentenceStart, int SentenceEnd, bool SpacedText)
    {
        private const int GroupDigits = 3;

        /// <summary>Merges the digits [Start, End) into the number before them when only a separator and one space stand
        /// between ("20, 000", "5. 9"); returns whether it did.</summary>
        public bool Merge(List<(int Start, int End, QuantityTokenKind Kind)> pieces, string text, (int Start, int End) digits)
        {
            var n = pieces.Count;
            if (n < 2 || pieces[n - 1] is not { Kind: QuantityTokenKind.Symbol } separator || separator.End + 1 != digits.Start
                || text[separator.End] != ' ' || pieces[n - 2] is not { Kind: QuantityTokenKind.Digits } number || number.End != separator.Start)
            {
                return false;
            }

            var joins = text[separator.Start] switch
            {
                ',' => SpacedText && digits.End - digits.Start == GroupDigits && IsGroupedWhole(text, number)
                    && !(digits.End < text.Length && char.IsAsciiDigit(text[digits.End])),
                '.' => !text.AsSpan(number.Start, number.End - number.Start).Contains('.')
                    && SpacedDecimals.ContinuesNumber(text, separator.Start, SentenceStart, SentenceEnd, SpacedText),
                _ => false,
            };
            if (!joins)
            {
                return false;
            }

            pieces.RemoveRange(n - 2, 2);
            pieces.Add((number.Start, digits.End, QuantityTokenKind.Digits));
            return true;
        }

        /// <summary>"20" or "1, 200" before ", 000": one to three digits, or groups of three already merged; no decimal.</summary>
        private static bool IsGroupedWhole(string text, (int Start, int End, QuantityTokenKind Kind) number)
        {
            var groups = text[number.Start..number.End].Split(", ");
            return !groups[0].Contains('.', StringComparison.Ordinal) && !groups[0].Contains(',', StringComparison.Ordinal)
                && groups[0].Length is >= 1 and <= GroupDigits && groups.Skip(1).All(g => g.Length == GroupDigits);
        }
    }

    private static bool IsInnerJoiner(char c) => c is '-' or '\'' or '\u2019';

    private static int SkipLetters(string text, int i, int end)
    {
        while (i < end && char.IsLetter(text[i]))
        {
            i++;
        }

        return i;
    }
}
