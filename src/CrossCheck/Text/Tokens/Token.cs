namespace CrossCheck.Text;

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
}

/// <summary>A token with its offsets in the text it came from (End exclusive).</summary>
public readonly record struct Token(string Text, int Start, int End, TokenKind Kind);
