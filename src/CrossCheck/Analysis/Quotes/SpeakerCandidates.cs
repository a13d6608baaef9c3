using CrossCheck.Analysis.Entities;

namespace CrossCheck.Analysis.Quotes;

/// <summary>The entity mentions of one article ordered by offset, with the look-ups speaker
/// attribution needs: the mention at a word, the last person before an offset, role antecedents.</summary>
internal sealed class SpeakerCandidates
{
    private readonly List<EntityMention> _mentions;
    private readonly List<QuoteSpan> _quotes;

    public SpeakerCandidates(IReadOnlyList<EntityMention> mentions, List<QuoteSpan> quotes)
    {
        _quotes = quotes;
        _mentions = mentions.Where(m => !InsideQuote(m.Start)).OrderBy(m => m.Start).ToList();
    }

    public bool InsideQuote(int offset) => _quotes.Any(q => offset >= q.Start && offset < q.End);

    /// <summary>The mention covering [start, end), if any; a place only when <paramref name="placeCanSpeak"/>
    /// (right next to the verb: "Serbia said"), so that "X, who attended the Skopje meeting, said" finds X.</summary>
    public EntityMention? At(int start, int end, bool placeCanSpeak = true)
    {
        var index = LastIndexBefore(end);
        for (var i = Math.Max(0, index); i < _mentions.Count && _mentions[i].Start < end; i++)
        {
            var mention = _mentions[i];
            if (start < mention.End && (placeCanSpeak || mention.Type != EntityType.Place))
            {
                return mention;
            }
        }

        return null;
    }

    /// <summary>The last mention before <paramref name="offset"/> that can be the antecedent of a pronoun.</summary>
    public EntityMention? LastBefore(int offset, bool person, int notBefore = 0)
    {
        for (var i = LastIndexBefore(offset); i >= 0 && _mentions[i].Start >= notBefore; i--)
        {
            var mention = _mentions[i];
            if (person ? IsPersonLike(mention) : mention.Type == EntityType.Organization)
            {
                return mention;
            }
        }

        return null;
    }

    /// <summary>The last named person before a description whose title has the same role ("the prime
    /// minister" → the last "... Prime Minister Edi Rama").</summary>
    public EntityMention? LastWithRole(int offset, string role)
    {
        for (var i = LastIndexBefore(offset); i >= 0; i--)
        {
            var mention = _mentions[i];
            if (IsNamedPerson(mention) && mention.Descriptor is { } descriptor && !IsDescription(mention)
                && descriptor.EndsWith(role, StringComparison.OrdinalIgnoreCase))
            {
                return mention;
            }
        }

        return null;
    }

    public static bool IsDescription(EntityMention mention) =>
        mention.Descriptor is not null && string.Equals(mention.Descriptor, mention.Text, StringComparison.Ordinal);

    private static bool IsNamedPerson(EntityMention mention) => mention.Type == EntityType.Person;

    /// <summary>A person, or an untyped name of two or more words (most such names are people's).</summary>
    private static bool IsPersonLike(EntityMention mention) =>
        IsNamedPerson(mention) || (mention.Type == EntityType.Other && mention.Text.Contains(' ', StringComparison.Ordinal));

    private int LastIndexBefore(int offset)
    {
        int low = 0, high = _mentions.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (_mentions[middle].End <= offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }
}
