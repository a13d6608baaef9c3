using System.Collections.Concurrent;

namespace CrossCheck.Alignment;

/// <summary>A thread-safe memo of a pure function, shared by stories aligned in parallel. Past
/// <paramref name="capacity"/> entries it starts over rather than grow without end.</summary>
internal sealed class BoundedCache<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new(comparer);

    // ConcurrentDictionary.Count takes every lock; an approximate count is enough for the bound.
    private int _count;

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> compute)
    {
        if (_entries.TryGetValue(key, out var value))
        {
            return value;
        }

        if (Volatile.Read(ref _count) >= capacity)
        {
            _entries.Clear();
            Volatile.Write(ref _count, 0);
        }

        value = compute(key);
        if (_entries.TryAdd(key, value))
        {
            Interlocked.Increment(ref _count);
        }

        return value;
    }
}
