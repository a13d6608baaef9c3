using CrossCheck.Pipeline;
using FsCheck.Xunit;

namespace CrossCheck.Tests.Pipeline;

public sealed class OrderedParallelTests
{
    [Property(MaxTest = 50)]
    public bool Results_come_in_input_order(byte count, byte window) =>
        OrderedParallel.Map(count, i => i * 3, 1 + (window % 9)).SequenceEqual(Enumerable.Range(0, count).Select(i => i * 3));

    [Fact]
    public void No_more_than_the_window_is_started_ahead_of_the_result_being_taken()
    {
        var started = 0;
        var taken = 0;
        var worstAhead = 0;
        foreach (var _ in OrderedParallel.Map(200, i => Interlocked.Increment(ref started), window: 5))
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

        var results = OrderedParallel.Map(10, i => Interlocked.Increment(ref started), window: 4);

        Assert.Equal(0, Volatile.Read(ref started));
        Assert.Single(results.Take(1));
        Assert.InRange(Volatile.Read(ref started), 1, 4);
    }
}
