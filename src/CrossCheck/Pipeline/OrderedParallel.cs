namespace CrossCheck.Pipeline;

/// <summary>Maps items in parallel and yields the results lazily in input order. Items are started ahead of the
/// one being yielded while the weight of those started but not yet yielded stays within a budget (one item is
/// always allowed), and at most one runs per core: memory holds a bounded amount of results however many items
/// there are. Weighing items (a story by its reports) rather than counting them lets many small stories go
/// ahead behind one large one, so both cores stay busy. The cap on running items matters too: long items make
/// the thread pool add threads, and each extra concurrent item holds its working memory without finishing the
/// work sooner on the same cores.</summary>
internal static class OrderedParallel
{
    public static IEnumerable<T> Map<T>(int count, Func<int, T> map, int window) => Map(count, map, _ => 1, window);

    public static IEnumerable<T> Map<T>(int count, Func<int, T> map, Func<int, int> weight, int budget)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(budget, 1);
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, Environment.ProcessorCount).ConcurrentScheduler;
        var pending = new Queue<(Task<T> Task, int Weight)>();
        var pendingWeight = 0;
        var next = 0;
        while (next < count || pending.Count > 0)
        {
            while (next < count && (pending.Count == 0 || pendingWeight + weight(next) <= budget))
            {
                var index = next++;
                var itemWeight = weight(index);
                pendingWeight += itemWeight;
                pending.Enqueue((Task.Factory.StartNew(() => map(index), CancellationToken.None, TaskCreationOptions.DenyChildAttach, scheduler), itemWeight));
            }

            var (task, taskWeight) = pending.Dequeue();
            pendingWeight -= taskWeight;
            yield return task.GetAwaiter().GetResult();
        }
    }
}
