using CrossCheck.Text;

namespace CrossCheck.Analysis.Entities;

/// <summary>Normalises a descriptor so different wordings of one role compare equal: demonyms become
/// their place and possessives are dropped ("Albanian Prime Minister" and "Albania's prime minister" →
/// "albania prime minister"); <see cref="Role"/> is the office alone ("prime minister").</summary>
internal sealed record DescriptorKey(string Full, string Role)
{
    public static DescriptorKey? From(string? descriptor, Gazetteer gazetteer)
    {
        if (string.IsNullOrWhiteSpace(descriptor))
        {
            return null;
        }

        var words = ResolvedMention.Normalise(descriptor).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => gazetteer.DemonymPlace(w)?.ToLowerInvariant() ?? w)
            .Where(w => w is not ("of" or "the"))
            .ToArray();
        if (words.Length == 0)
        {
            return null;
        }

        return new DescriptorKey(string.Join(' ', words.Order(StringComparer.Ordinal)), RoleOf(words, gazetteer));
    }

    public bool IsBareRole => Full == string.Join(' ', Role.Split(' ').Order(StringComparer.Ordinal));

    /// <summary>The right-most office in the words ("secretary general" in "nato secretary general").</summary>
    private static string RoleOf(string[] words, Gazetteer gazetteer)
    {
        for (var i = words.Length - 1; i >= 0; i--)
        {
            if (i >= 1 && gazetteer.IsRole(words[i - 1] + " " + words[i]))
            {
                return words[i - 1] + " " + words[i];
            }

            if (gazetteer.IsRole(words[i]))
            {
                return words[i];
            }
        }

        return words[^1];
    }
}
