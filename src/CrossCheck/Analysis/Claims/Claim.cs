namespace CrossCheck.Analysis.Claims;

/// <summary>One checkable statement of an article: a sentence, or a clause when a sentence joins
/// independent facts. <see cref="Attribution"/> names who the article credits ("AP", "police");
/// <see cref="Hedged"/> marks reported uncertainty ("it is said", "may", "reportedly"); <see cref="Negated"/> marks a
/// negated statement, <see cref="Negation"/> holds its polarity cues and the words each governs.</summary>
internal sealed record Claim(
    string Id,
    int SentenceIndex,
    int Start,
    int End,
    string Text,
    string? Attribution,
    bool Hedged,
    bool Negated)
{
    public NegationScope Negation { get; init; } = NegationScope.None;

    /// <summary>The text the claim is embedded as: without the dateline of a wire's lead
    /// (<see cref="CrossCheck.Text.Datelines.ForEmbedding"/>, decision 396).</summary>
    public string EmbeddedText => CrossCheck.Text.Datelines.ForEmbedding(Text);
}
