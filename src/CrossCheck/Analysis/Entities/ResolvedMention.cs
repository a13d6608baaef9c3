namespace CrossCheck.Analysis.Entities;

/// <summary>What kind of reference a mention is, for alias resolution.</summary>
internal enum MentionForm
{
    /// <summary>A proper name: "Edi Rama", "Rama", "NATO".</summary>
    Name,

    /// <summary>A description standing alone: "the Serbian president", "Albanian Prime Minister".</summary>
    Description,

    /// <summary>An organisation head word used as a name: "the Alliance", "the alliance".</summary>
    HeadWord,
}

/// <summary>A mention with its story-wide position (article order, then offset) and normalised keys.</summary>
internal sealed record ResolvedMention(int Order, int ArticleIndex, string ArticleId, string ArticleText, EntityMention Mention, MentionForm Form)
{
    public string Key { get; } = Normalise(Mention.Text);

    public string[] Tokens { get; } = Normalise(Mention.Text).Split(' ');

    public static string Normalise(string text)
    {
        var words = text.Split([' ', '\n', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant().Replace('’', '\''))
            .Select(w => w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w)
            .Select(Initials)
            .SkipWhile(w => w is "the" or "a" or "an");
        return string.Join(' ', words);
    }

    /// <summary>Initials written with dots as without ("a.j." and "aj", "u.s." and "us"): a word of single letters each
    /// followed by a dot loses its dots.</summary>
    private static string Initials(string word)
    {
        if (word.Length < 4 || word.Length % 2 != 0)
        {
            return word;
        }

        for (var i = 0; i < word.Length; i += 2)
        {
            if (!char.IsLetter(word[i]) || word[i + 1] != '.')
            {
                return word;
            }
        }

        return string.Concat(word.Where(char.IsLetter));
    }
}
