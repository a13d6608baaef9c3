namespace CrossCheck.Pipeline;

/// <summary>Maps items in parallel and yields the results lazily in input order, with at most <c>window</c> items
/// started ahead of the one being yielded: memory holds a bounded number of results however many items there are.</summary>
internal static class OrderedParallel
{
    public static IEnumerable<T> Map<T>(int count, Func<int, T> map, int window)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        var pending = new Queue<Task<T>>(Math.Min(window, count));
        var next = 0;
        while (next < count || pending.Count > 0)
        {
            while (next < count && pending.Count < window)
            {
                var index = next++;
                pending.Enqueue(Task.Run(() => map(index)));
            }

            yield return pending.Dequeue().GetAwaiter().GetResult();
        }
    }
}
