namespace CrossCheck.Text;

/// <summary>What every view of the token stream shares: the text of a token, its offsets in the article text
/// (End exclusive) and its lower-case form.</summary>
internal abstract record SpanToken(string Text, int Start, int End)
{
    public string Lower { get; } = Text.ToLowerInvariant();
}
