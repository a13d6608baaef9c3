namespace CrossCheck.Text;

/// <summary>What kind of text unit a <see cref="Sentence"/> is.</summary>
internal enum SentenceKind
{
    /// <summary>An ordinary sentence, ending with terminal punctuation.</summary>
    Statement,

    /// <summary>A whole line without terminal punctuation: a title, subheading or label ("Unrest in Kosovo").</summary>
    Heading,

    /// <summary>Part of a line without terminal punctuation, e.g. a photo credit after a caption.</summary>
    Fragment,
}

/// <summary>A sentence of an article; <see cref="Start"/>/<see cref="End"/> are offsets into the article text
/// (End exclusive, no surrounding whitespace: <c>Text == text[Start..End]</c>) and <see cref="Paragraph"/> counts
/// paragraphs from 0.</summary>
internal sealed record Sentence(int Index, int Start, int End, string Text, int Paragraph, SentenceKind Kind = SentenceKind.Statement)
{
    /// <summary>True for headings and fragments: text without terminal punctuation that states no full claim.</summary>
    public bool IsHeadingOrFragment => Kind != SentenceKind.Statement;
}
