using System.Diagnostics.CodeAnalysis;

namespace CrossCheck.Text.Embeddings;

/// <summary>The in-process, bounded memory of sentence vectors, shared by the stories analysed in parallel. Two
/// generations: new vectors go into the current one; when it holds half the capacity it becomes the previous one
/// (the older previous one is dropped), and a vector found in the previous generation moves back into the current
/// one. So at most <see cref="Capacity"/> vectors are held, and those in use survive. Vectors are shared, never
/// copied: nobody may write to them.</summary>
internal sealed class SentenceVectorCache
{
    /// <summary>The default bound: about 50 MB of vectors, enough for the distinct claims of a few thousand reports.</summary>
    public const int DefaultCapacity = 32_768;

    private readonly Lock _gate = new();
    private readonly int _generation;
    private Dictionary<SentenceKey, float[]> _current = [];
    private Dictionary<SentenceKey, float[]> _previous = [];

    public SentenceVectorCache(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 2);
        Capacity = capacity;
        _generation = capacity / 2;
    }

    public int Capacity { get; }

    /// <summary>How many vectors are held now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _current.Count + _previous.Count;
            }
        }
    }

    public bool TryGet(SentenceKey key, [NotNullWhen(true)] out float[]? vector)
    {
        lock (_gate)
        {
            if (_current.TryGetValue(key, out vector))
            {
                return true;
            }

            if (!_previous.Remove(key, out vector))
            {
                return false;
            }

            AddLocked(key, vector);
            return true;
        }
    }

    public void Add(SentenceKey key, float[] vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        lock (_gate)
        {
            _previous.Remove(key);
            AddLocked(key, vector);
        }
    }

    private void AddLocked(SentenceKey key, float[] vector)
    {
        _current[key] = vector;
        if (_current.Count >= _generation)
        {
            _previous = _current;
            _current = [];
        }
    }
}
