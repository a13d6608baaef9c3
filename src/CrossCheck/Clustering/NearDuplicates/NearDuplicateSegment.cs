using System.Runtime.InteropServices;

namespace CrossCheck.Clustering.NearDuplicates;

/// <summary>One time slice of the copy index. The index is a list of segments so that expiring old articles
/// is dropping whole segments: no per-entry deletion, and memory stays bounded. Posting lists are chains in two
/// int arrays (entry number, next node) rather than a list object per key: most shingles occur in one article,
/// and a list per key would cost several times the memory of the posting itself.</summary>
internal sealed class NearDuplicateSegment
{
    public const int MaxPostings = 128;

    /// <summary>Of a sample's or band's chain only the oldest articles are read: the article a text was copied
    /// from comes before its other copies, and a phrase many articles share says little about copying. Bounds the
    /// work per query on templated text. 12 rather than 24, bands included (session 3): the copy-index query was
    /// 43 % of the stream's CPU (see docs/benchmarks.md, "Synthetic stream").</summary>
    internal const int ReadCap = 12;


    private readonly List<NearDuplicateEntry> _entries = [];
    private readonly Dictionary<ulong, int> _exact = [];
    private readonly Dictionary<ulong, (int Head, int Tail, int Count)> _bands = [];
    private readonly Dictionary<ulong, (int Head, int Tail, int Count)> _samples = [];
    private int[] _nodeEntry = new int[1024];
    private int[] _nodeNext = new int[1024];
    private int _nodes;

    public int Count => _entries.Count;

    public DateOnly? LastPublished { get; private set; }

    public bool TryGetExact(ulong contentHash, out NearDuplicateEntry entry)
    {
        if (_exact.TryGetValue(contentHash, out var index))
        {
            entry = _entries[index];
            return true;
        }

        entry = null!;
        return false;
    }

    /// <summary>Per-entry scratch of the current query (the index is single-threaded): samples shared with it,
    /// whether a band matched, and which entries were touched (to reset them).</summary>
    private int[] _shared = new int[64];
    private bool[] _banded = new bool[64];
    private readonly List<int> _touched = [];

    /// <summary>Counts, for every article of the segment, the band keys and containment samples it shares with
    /// a query; calls <paramref name="consider"/> with each article touched, its shared samples and whether a
    /// band matched. Sample keys held by <see cref="MaxPostings"/> articles are boilerplate and not read; of the
    /// others the oldest <see cref="ReadCap"/> articles are read.</summary>
    public void Query(ulong[] bandKeys, List<ulong> samples, Action<NearDuplicateEntry, int, bool> consider)
    {
        foreach (var key in bandKeys)
        {
            if (_bands.TryGetValue(key, out var list))
            {
                var read = 0;
                for (var node = list.Head; node >= 0 && read < ReadCap; node = _nodeNext[node], read++)
                {
                    _banded[Touch(_nodeEntry[node])] = true;
                }
            }
        }

        foreach (var key in samples)
        {
            if (_samples.TryGetValue(key, out var list) && list.Count < MaxPostings)
            {
                var read = 0;
                for (var node = list.Head; node >= 0 && read < ReadCap; node = _nodeNext[node], read++)
                {
                    _shared[Touch(_nodeEntry[node])]++;
                }
            }
        }

        foreach (var entry in _touched)
        {
            consider(_entries[entry], _shared[entry], _banded[entry]);
            _shared[entry] = 0;
            _banded[entry] = false;
        }

        _touched.Clear();
    }

    private int Touch(int entry)
    {
        if (_shared[entry] == 0 && !_banded[entry])
        {
            _touched.Add(entry);
        }

        return entry;
    }

    public int Add(NearDuplicateEntry entry, ulong contentHash, ulong[] bandKeys, IEnumerable<ulong> samples)
    {
        var number = _entries.Count;
        _entries.Add(entry);
        if (number == _shared.Length)
        {
            Array.Resize(ref _shared, number * 2);
            Array.Resize(ref _banded, number * 2);
        }

        if (entry.Published is { } p && (LastPublished is null || p > LastPublished))
        {
            LastPublished = p;
        }

        _exact.TryAdd(contentHash, number);
        foreach (var key in bandKeys)
        {
            Post(_bands, key, number);
        }

        foreach (var key in samples)
        {
            Post(_samples, key, number);
        }

        return number;
    }

    /// <summary>A key shared by very many articles is boilerplate (or a flood of copies already caught as exact):
    /// its chain stops growing, which keeps lookups and memory bounded.</summary>
    private void Post(Dictionary<ulong, (int Head, int Tail, int Count)> index, ulong key, int entry)
    {
        ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(index, key, out var existed);
        if (existed && list.Count >= MaxPostings)
        {
            return;
        }

        if (_nodes == _nodeEntry.Length)
        {
            Array.Resize(ref _nodeEntry, _nodes * 2);
            Array.Resize(ref _nodeNext, _nodes * 2);
        }

        // Appended at the tail, so a chain lists its articles oldest first.
        var node = _nodes++;
        _nodeEntry[node] = entry;
        _nodeNext[node] = -1;
        if (existed)
        {
            _nodeNext[list.Tail] = node;
            list = (list.Head, node, list.Count + 1);
        }
        else
        {
            list = (node, node, 1);
        }
    }
}
