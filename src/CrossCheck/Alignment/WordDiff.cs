namespace CrossCheck.Alignment;

internal enum DiffOp
{
    Equal,
    Removed,
    Added,
}

/// <summary>A run of words that both texts share, or that only the first (Removed) or second (Added) has.</summary>
internal sealed record DiffSegment(DiffOp Op, string Text);

/// <summary>Word-level longest-common-subsequence diff, for showing how two renderings of a quote differ.</summary>
internal static class WordDiff
{
    public static IReadOnlyList<DiffSegment> Compute(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var left = a.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var right = b.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lcs = new int[left.Length + 1, right.Length + 1];
        for (var i = left.Length - 1; i >= 0; i--)
        {
            for (var j = right.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = Same(left[i], right[j]) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var segments = new List<DiffSegment>();
        int x = 0, y = 0;
        while (x < left.Length || y < right.Length)
        {
            if (x < left.Length && y < right.Length && Same(left[x], right[y]))
            {
                Append(segments, DiffOp.Equal, left[x]);
                x++;
                y++;
            }
            else if (x < left.Length && (y == right.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                Append(segments, DiffOp.Removed, left[x++]);
            }
            else
            {
                Append(segments, DiffOp.Added, right[y++]);
            }
        }

        return segments;
    }

    private static bool Same(string a, string b) =>
        string.Equals(a.Trim(Punctuation), b.Trim(Punctuation), StringComparison.OrdinalIgnoreCase);

    private static readonly char[] Punctuation = ['.', ',', ';', ':', '!', '?', '"', '\'', '“', '”', '‘', '’'];

    private static void Append(List<DiffSegment> segments, DiffOp op, string word)
    {
        if (segments.Count > 0 && segments[^1].Op == op)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + " " + word };
        }
        else
        {
            segments.Add(new DiffSegment(op, word));
        }
    }
}
