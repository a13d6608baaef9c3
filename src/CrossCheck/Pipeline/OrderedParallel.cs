using System.Runtime.CompilerServices;

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
        var window = new Window<T>(count, map, weight, budget, CancellationToken.None);
        while (window.Next() is { } task)
        {
            // A synchronous, lazy sequence: the caller's thread waits for the next result in order.
            yield return task.GetAwaiter().GetResult();
        }
    }

    /// <summary>As <see cref="Map{T}(int, Func{int, T}, Func{int, int}, int)"/>, awaiting each result; items not
    /// yet started when <paramref name="cancellationToken"/> is cancelled are never started.</summary>
    public static async IAsyncEnumerable<T> MapAsync<T>(
        int count, Func<int, T> map, Func<int, int> weight, int budget, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var window = new Window<T>(count, map, weight, budget, cancellationToken);
        while (window.Next() is { } task)
        {
            yield return await task.ConfigureAwait(false);
        }
    }

    /// <summary>The items started and not yet taken, within the weight budget.</summary>
    private sealed class Window<T>
    {
        private readonly int _count;
        private readonly Func<int, T> _map;
        private readonly Func<int, int> _weight;
        private readonly int _budget;
        private readonly CancellationToken _cancellationToken;
        private readonly TaskScheduler _scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, Environment.ProcessorCount).ConcurrentScheduler;
        private readonly Queue<(Task<T> Task, int Weight)> _pending = new();
        private int _pendingWeight;
        private int _next;

        public Window(int count, Func<int, T> map, Func<int, int> weight, int budget, CancellationToken cancellationToken)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count);
            ArgumentOutOfRangeException.ThrowIfLessThan(budget, 1);
            (_count, _map, _weight, _budget, _cancellationToken) = (count, map, weight, budget, cancellationToken);
        }

        /// <summary>Starts what the budget allows and hands over the oldest started item; null when all are taken.</summary>
        public Task<T>? Next()
        {
            if (_next >= _count && _pending.Count == 0)
            {
                return null;
            }

            while (_next < _count && (_pending.Count == 0 || _pendingWeight + _weight(_next) <= _budget))
            {
                var index = _next++;
                var itemWeight = _weight(index);
                _pendingWeight += itemWeight;
                _pending.Enqueue((Task.Factory.StartNew(() => _map(index), _cancellationToken, TaskCreationOptions.DenyChildAttach, _scheduler), itemWeight));
            }

            var (task, taskWeight) = _pending.Dequeue();
            _pendingWeight -= taskWeight;
            return task;
        }
    }
}
