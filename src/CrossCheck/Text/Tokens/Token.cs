namespace CrossCheck.Text;

internal enum TokenKind
{
    Word,
    Number,
    Punctuation,
}

/// <summary>A token with its offsets in the text it came from (End exclusive).</summary>
internal readonly record struct Token(string Text, int Start, int End, TokenKind Kind);
