using CrossCheck.Alignment;

namespace CrossCheck.Tests.Alignment;

public sealed class BoundedCacheTests
{
    [Fact]
    public void A_value_is_computed_once_until_the_cache_is_full_and_starts_over()
    {
        var cache = new BoundedCache<int, int>(capacity: 2);
        var calls = 0;
        int Square(int x)
        {
            calls++;
            return x * x;
        }

        Assert.Equal(4, cache.GetOrAdd(2, Square));
        Assert.Equal(4, cache.GetOrAdd(2, Square));
        Assert.Equal(9, cache.GetOrAdd(3, Square));
        Assert.Equal(2, calls);

        Assert.Equal(16, cache.GetOrAdd(4, Square));
        Assert.Equal(4, cache.GetOrAdd(2, Square));
        Assert.Equal(4, calls);
    }
}
