namespace CrossCheck.Analysis.Claims;

/// <summary>A negation cue and its reach: the cue ("denied", "not", "doesn't") at [<see cref="Start"/>,
/// <see cref="End"/>) governs the words that start from <see cref="End"/> up to <see cref="ScopeEnd"/>, the end
/// of its clause. <see cref="Word"/> is the cue in lower case.</summary>
internal readonly record struct NegationCue(string Word, int Start, int End, int ScopeEnd)
{
    /// <summary>True when a word starting at <paramref name="offset"/> is under this negation.</summary>
    public bool Governs(int offset) => offset >= End && offset < ScopeEnd;
}

/// <summary>The negation scope of a claim: its polarity cues, in text order, each with the words it governs
/// ("denied that <i>it planned to replace striking workers</i>", "had not <i>opened the floodgates</i> and ...").
/// Found by <see cref="NegationDetector.Scope(IReadOnlyList{CrossCheck.Text.Token}, int, System.Nullable{System.ValueTuple{int, int}}, IReadOnlySet{int})"/>.</summary>
internal sealed record NegationScope(IReadOnlyList<NegationCue> Cues)
{
    public static readonly NegationScope None = new([]);

    /// <summary>The cue that starts at <paramref name="offset"/>, if any.</summary>
    public NegationCue? CueAt(int offset)
    {
        foreach (var cue in Cues)
        {
            if (cue.Start == offset)
            {
                return cue;
            }
        }

        return null;
    }

    public bool Equals(NegationScope? other) =>
        other is not null && (ReferenceEquals(this, other) || Cues.SequenceEqual(other.Cues));

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var cue in Cues)
        {
            hash.Add(cue);
        }

        return hash.ToHashCode();
    }
}
