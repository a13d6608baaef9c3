namespace CrossCheck.Text;

/// <summary>A sentence of an article; <see cref="Start"/>/<see cref="End"/> are offsets into the article text
/// (End exclusive) and <see cref="Paragraph"/> counts paragraphs from 0.</summary>
public sealed record Sentence(int Index, int Start, int End, string Text, int Paragraph);
