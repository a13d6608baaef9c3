namespace CrossCheck.Pipeline;

/// <summary>Maps items in parallel and yields the results lazily in input order, with at most <c>window</c> items
/// started ahead of the one being yielded, and at most one running per core: memory holds a bounded number of
/// results however many items there are. The cap on running items matters: long items (a story of hundreds of
/// reports) make the thread pool add threads, and each extra concurrent item holds its working memory without
/// making the work finish sooner on the same cores.</summary>
internal static class OrderedParallel
{
    public static IEnumerable<T> Map<T>(int count, Func<int, T> map, int window)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, Environment.ProcessorCount).ConcurrentScheduler;
        var pending = new Queue<Task<T>>(Math.Min(window, count));
        var next = 0;
        while (next < count || pending.Count > 0)
        {
            while (next < count && pending.Count < window)
            {
                var index = next++;
                pending.Enqueue(Task.Factory.StartNew(() => map(index), CancellationToken.None, TaskCreationOptions.DenyChildAttach, scheduler));
            }

            yield return pending.Dequeue().GetAwaiter().GetResult();
        }
    }
}
