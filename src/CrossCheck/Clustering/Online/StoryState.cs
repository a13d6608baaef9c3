using System.Globalization;
using System.IO.Hashing;
using System.Text;
using CrossCheck.Clustering.Attribution;
using CrossCheck.Outlets;

namespace CrossCheck.Clustering.Online;

/// <summary>An article as a story member: enough to order members and name the earliest.</summary>
internal readonly record struct StoryMember(string Id, DateOnly? Published, long Sequence)
{
    /// <summary>Earlier publication date first; undated after dated; then arrival order.</summary>
    public bool Precedes(StoryMember other)
    {
        if (Published != other.Published)
        {
            if (Published is null)
            {
                return false;
            }

            if (other.Published is null)
            {
                return true;
            }

            return Published < other.Published;
        }

        return Sequence < other.Sequence;
    }
}

/// <summary>A story while the clusterer holds it: its members, rewrites, outlets, title and similarity profile.</summary>
internal sealed class StoryState
{
    private readonly Dictionary<string, StoryMember> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoryMember> _outlets = new(StringComparer.Ordinal);
    private StoryMember? _titleHolder;

    public StoryState(int slot, StoryMember first)
    {
        Slot = slot;
        Profile = new StoryProfile(slot);
        Id = IdFor(first.Id);
        First = first;
    }

    public int Slot { get; }

    public string Id { get; private set; }

    public StoryMember First { get; private set; }

    public StoryProfile Profile { get; }

    public string Title { get; private set; } = string.Empty;

    public long LastSequence { get; private set; }

    public bool Active { get; set; } = true;

    public HashSet<ulong> IndexedKeys { get; } = [];

    public Dictionary<string, string> DerivedFrom { get; } = new(StringComparer.Ordinal);

    public IReadOnlyCollection<StoryMember> Members => _members.Values;

    public bool TryGetMember(string id, out StoryMember member) => _members.TryGetValue(id, out member);

    public void AddMember(StoryMember member, string title, string? outlet, string? derivedFrom)
    {
        _members.TryAdd(member.Id, member);
        LastSequence = Math.Max(LastSequence, member.Sequence);
        if (derivedFrom is not null)
        {
            DerivedFrom[member.Id] = derivedFrom;
        }
        else if (_titleHolder is not { } holder || member.Precedes(holder))
        {
            _titleHolder = member;
            Title = title;
        }

        if (member.Precedes(First))
        {
            First = member;
        }

        var name = OutletNames.Normalise(outlet);
        if (name is not null && (!_outlets.TryGetValue(name, out var known) || member.Precedes(known)))
        {
            _outlets[name] = member;
        }
    }

    /// <summary>The earliest member from an outlet the article credits, if it precedes the article.</summary>
    public string? CreditedSource(IReadOnlyList<string> creditedOutlets, string? ownOutlet, StoryMember article)
    {
        var own = OutletNames.Normalise(ownOutlet);
        StoryMember? best = null;
        foreach (var credited in creditedOutlets)
        {
            if (OutletNames.Same(credited, own))
            {
                continue;
            }

            foreach (var (outlet, member) in _outlets)
            {
                if (OutletNames.Same(credited, outlet) && member.Precedes(article) && (best is not { } b || member.Precedes(b)))
                {
                    best = member;
                }
            }
        }

        return best?.Id;
    }

    public void Absorb(StoryState other, string? otherTitle)
    {
        foreach (var member in other._members.Values)
        {
            _members.TryAdd(member.Id, member);
        }

        foreach (var (id, source) in other.DerivedFrom)
        {
            DerivedFrom.TryAdd(id, source);
        }

        foreach (var (outlet, member) in other._outlets)
        {
            if (!_outlets.TryGetValue(outlet, out var known) || member.Precedes(known))
            {
                _outlets[outlet] = member;
            }
        }

        if (other._titleHolder is { } theirs && (_titleHolder is not { } ours || theirs.Precedes(ours)))
        {
            _titleHolder = theirs;
            Title = otherTitle ?? Title;
        }

        if (other.First.Precedes(First))
        {
            First = other.First;
            Id = other.Id;
        }

        LastSequence = Math.Max(LastSequence, other.LastSequence);
        Profile.Absorb(other.Profile);
    }

    public Story ToStory()
    {
        var ids = _members.Values
            .Order(Comparer<StoryMember>.Create((a, b) => a.Id == b.Id ? 0 : a.Precedes(b) ? -1 : 1))
            .Select(m => m.Id)
            .ToList();
        return new Story(Id, Title, ids, new Dictionary<string, string>(DerivedFrom, StringComparer.Ordinal));
    }

    /// <summary>Stable id: a hash of the id of the story's first article.</summary>
    internal static string IdFor(string articleId) =>
        "s" + XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(articleId)).ToString("x12", CultureInfo.InvariantCulture)[..12];
}
