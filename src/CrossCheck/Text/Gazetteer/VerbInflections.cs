namespace CrossCheck.Text;

/// <summary>Candidate base forms of a regularly inflected English verb, British spellings included
/// ("warned" → warn, "stated" → state, "denied" → deny, "admitted" → admit, "emphasises" → emphasize).</summary>
internal static class VerbInflections
{
    public static IEnumerable<string> Candidates(string lower)
    {
        foreach (var form in Spellings(lower))
        {
            yield return form;
            if (form.EndsWith("ied", StringComparison.Ordinal) || form.EndsWith("ies", StringComparison.Ordinal))
            {
                yield return form[..^3] + "y";
            }

            if (form.EndsWith("ed", StringComparison.Ordinal) || form.EndsWith("es", StringComparison.Ordinal))
            {
                yield return form[..^1];
                yield return form[..^2];
                if (form.Length > 4 && form[^3] == form[^4])
                {
                    yield return form[..^3];
                }
            }
            else if (form.EndsWith('s'))
            {
                yield return form[..^1];
            }
            else if (form.EndsWith("ing", StringComparison.Ordinal) && form.Length > 5)
            {
                yield return form[..^3];
                yield return form[..^3] + "e";
                if (form[^4] == form[^5])
                {
                    yield return form[..^4];
                }
            }
        }
    }

    private static IEnumerable<string> Spellings(string lower)
    {
        yield return lower;
        var index = lower.IndexOf("is", Math.Max(0, lower.Length - 5), StringComparison.Ordinal);
        if (index > 2 && index + 2 < lower.Length && lower[index + 2] is 'e' or 'i')
        {
            yield return string.Concat(lower.AsSpan(0, index), "iz", lower.AsSpan(index + 2));
        }
    }
}
