namespace CrossCheck.Text;

/// <summary>How a word is separated from the word before it.</summary>
internal enum WordGap
{
    /// <summary>Spaces only (or nothing): the two words can belong to one name.</summary>
    Space,

    /// <summary>A comma and spaces: an apposition ("Prime Minister, Albin Kurti").</summary>
    Comma,

    /// <summary>Any other punctuation or a line break.</summary>
    Break,
}

/// <summary>A word of a sentence. <see cref="SpanToken.Text"/> and <see cref="SpanToken.End"/> exclude a possessive "'s",
/// which <see cref="Possessive"/> records.</summary>
internal sealed record Word(string Text, int Start, int End, bool Possessive, WordGap GapBefore, bool SentenceInitial)
    : SpanToken(Text, Start, End)
{
    public bool IsCapitalised => char.IsUpper(Text[0]);

    /// <summary>All capitals with at least two letters: NATO, EU, U.S.</summary>
    public bool IsAcronym => Text.Length >= 2 && Text.Count(char.IsUpper) >= 2 && Text.All(c => char.IsUpper(c) || c == '.' || c == '&' || char.IsDigit(c));

    public bool IsNumber => char.IsDigit(Text[0]);

    /// <summary>Opens an apposition after a name: an article or an age ("Fauzi, an official …", "Ratna, 54, …").</summary>
    public bool OpensApposition => IsNumber || ClosedClassWords.IsArticle(Lower);
}
