using CrossCheck.Pipeline;
using FsCheck.Xunit;

namespace CrossCheck.Tests.Pipeline;

public sealed class OrderedParallelTests
{
    // The mapper is asynchronous only; these tests take its results on the test's thread as they come.
    private static IEnumerable<T> Map<T>(int count, Func<int, T> map, int window) => Map(count, map, _ => 1, window);

    private static IEnumerable<T> Map<T>(int count, Func<int, T> map, Func<int, int> weight, int budget) =>
        OrderedParallel.MapAsync(count, map, weight, budget).ToBlockingEnumerable();

    [Property(MaxTest = 50)]
    public bool Results_come_in_input_order(byte count, byte window) =>
        Map(count, i => i * 3, 1 + (window % 9)).SequenceEqual(Enumerable.Range(0, count).Select(i => i * 3));

    [Fact]
    public void No_more_than_the_window_is_started_ahead_of_the_result_being_taken()
    {
        var started = 0;
        var taken = 0;
        var worstAhead = 0;
        foreach (var _ in Map(200, i => Interlocked.Increment(ref started), window: 5))
        {
            taken++;
            worstAhead = Math.Max(worstAhead, Volatile.Read(ref started) - taken);
        }

        Assert.Equal(200, taken);
        Assert.InRange(worstAhead, 0, 4);
    }

    [Fact]
    public void Nothing_is_started_until_the_results_are_enumerated()
    {
        var started = 0;

        var results = Map(10, i => Interlocked.Increment(ref started), window: 4);

        Assert.Equal(0, Volatile.Read(ref started));
        Assert.Single(results.Take(1));
        Assert.InRange(Volatile.Read(ref started), 1, 4);
    }

    [Fact]
    public void No_more_items_run_at_once_than_there_are_cores_however_long_they_take()
    {
        var running = 0;
        var most = 0;
        // A pool that has grown (as it does behind long items) must still run no more than one item per core.
        ThreadPool.GetMinThreads(out var workers, out var ports);
        ThreadPool.SetMinThreads(Math.Max(workers, 16), ports);
        List<int> results;
        try
        {
            results = Map(4 * Environment.ProcessorCount + 4, i =>
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref most, now);
                Thread.Sleep(40);
                Interlocked.Decrement(ref running);
                return i;
            }, window: 64).ToList();
        }
        finally
        {
            ThreadPool.SetMinThreads(workers, ports);
        }

        Assert.Equal(4 * Environment.ProcessorCount + 4, results.Count);
        Assert.InRange(most, 1, Environment.ProcessorCount);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current && Interlocked.CompareExchange(ref target, value, current) != current)
        {
            current = Volatile.Read(ref target);
        }
    }

    [Fact]
    public void Light_items_go_ahead_of_a_heavy_one_within_the_weight_budget()
    {
        var started = 0;
        int[] weights = [50, 1, 1, 1, 1, 60, 1];
        var startedWhenFirstTaken = -1;
        var results = new List<int>();
        foreach (var result in Map(weights.Length, i =>
        {
            if (i == 0)
            {
                // The heavy first item finishes only once the light ones behind it have run beside it.
                SpinWait.SpinUntil(() => Volatile.Read(ref started) >= 4, TimeSpan.FromSeconds(10));
            }

            Interlocked.Increment(ref started);
            return i;
        }, i => weights[i], budget: 55))
        {
            if (startedWhenFirstTaken < 0)
            {
                startedWhenFirstTaken = Volatile.Read(ref started);
            }

            results.Add(result);
        }

        // 50 + 1 + 1 + 1 + 1 = 54 fits the budget of 55; the 60 waits until the first item is taken.
        Assert.Equal(5, startedWhenFirstTaken);
        Assert.Equal(Enumerable.Range(0, weights.Length), results);
    }

    [Fact]
    public void An_item_heavier_than_the_budget_still_runs_alone()
    {
        Assert.Equal([0, 1, 2], Map(3, i => i, _ => 100, budget: 10));
    }
}
