namespace CrossCheck.Text;

internal enum QuantityTokenKind
{
    Digits,
    Word,
    Symbol,
}

/// <summary>A token of a sentence for quantity finding (<see cref="QuantityTokens"/>); <see cref="SpaceBefore"/> is true when only
/// spaces separate it from the previous token, <see cref="Attached"/> when nothing does.</summary>
internal sealed record QuantityToken(string Text, int Start, int End, QuantityTokenKind Kind, bool SpaceBefore, bool Attached)
    : SpanToken(Text, Start, End);
