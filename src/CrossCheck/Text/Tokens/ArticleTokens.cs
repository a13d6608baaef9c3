using System.Buffers;
using System.Text;

namespace CrossCheck.Text;

/// <summary>The <see cref="Tokenizer"/> stream of a whole article, computed once, and the tokens of any span of it
/// (<see cref="Within"/>): what <c>Tokenizer.Tokenize(text[start..end], start)</c> returns, read from the stream.</summary>
/// <remarks>
/// The tokenizer never puts whitespace in a token and never looks past the first whitespace after a token, and a
/// scan that ends at a position ends there whether or not the text goes on. So the tokens of a span are the stream's
/// tokens inside it when no stream token straddles either end of the span. When one does (a span cut inside a word,
/// such as a context window of a fixed number of characters), the old result is the tokens of the cut fragment, and
/// those are found by tokenizing the fragment up to the nearest whitespace, where tokenization starts afresh.
/// </remarks>
internal sealed class ArticleTokens
{
    /// <summary>The characters <see cref="Rune.IsWhiteSpace"/> accepts (all in the Basic Multilingual Plane).</summary>
    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(
        Enumerable.Range(0, 0x10000).Where(c => c is < 0xD800 or > 0xDFFF && Rune.IsWhiteSpace(new Rune(c))).Select(c => (char)c).ToArray());

    private readonly string _text;
    private readonly IReadOnlyList<Token> _tokens;

    private ArticleTokens(string text, IReadOnlyList<Token> tokens)
    {
        _text = text;
        _tokens = tokens;
    }

    public static ArticleTokens Of(string text) => new(text, Tokenizer.Tokenize(text));

    /// <summary>The tokens of [<paramref name="start"/>, <paramref name="end"/>) exactly as
    /// <c>Tokenizer.Tokenize(text[start..end], start)</c> gives them (offsets into the article text).</summary>
    public IReadOnlyList<Token> Within(int start, int end)
    {
        if (start < 0 || end > _text.Length || end <= start)
        {
            return end > start ? Tokenizer.Tokenize(_text[start..end], start) : [];
        }

        var left = start;
        if (Straddles(start))
        {
            left = _text.AsSpan(start, end - start).IndexOfAny(WhiteSpace);
            left = left < 0 ? end : start + left;
        }

        var right = end;
        if (Straddles(end))
        {
            var last = _text.AsSpan(left, end - left).LastIndexOfAny(WhiteSpace);
            right = last < 0 ? left : left + last;
        }

        var tokens = new List<Token>();
        if (left > start)
        {
            tokens.AddRange(Tokenizer.Tokenize(_text[start..left], start));
        }

        for (var i = FirstStartingAtOrAfter(left); i < _tokens.Count && _tokens[i].End <= right; i++)
        {
            tokens.Add(_tokens[i]);
        }

        if (right < end)
        {
            tokens.AddRange(Tokenizer.Tokenize(_text[right..end], right));
        }

        return tokens;
    }

    /// <summary>Whether a stream token starts before <paramref name="position"/> and ends after it.</summary>
    private bool Straddles(int position)
    {
        var i = FirstStartingAtOrAfter(position) - 1;
        return i >= 0 && _tokens[i].End > position;
    }

    private int FirstStartingAtOrAfter(int position)
    {
        int low = 0, high = _tokens.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (_tokens[mid].Start < position)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

}
