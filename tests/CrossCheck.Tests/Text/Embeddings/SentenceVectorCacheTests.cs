using CrossCheck.Text.Embeddings;

namespace CrossCheck.Tests.Text.Embeddings;

public sealed class SentenceVectorCacheTests
{
    private static SentenceKey Key(int i) => SentenceKey.Of("sentence " + i);

    [Fact]
    public void Holds_what_was_added()
    {
        var cache = new SentenceVectorCache(8);
        var vector = new float[] { 1f };
        cache.Add(Key(1), vector);

        Assert.True(cache.TryGet(Key(1), out var found));
        Assert.Same(vector, found);
        Assert.False(cache.TryGet(Key(2), out _));
    }

    [Fact]
    public void Never_holds_more_than_its_capacity()
    {
        var cache = new SentenceVectorCache(10);
        for (var i = 0; i < 1000; i++)
        {
            cache.Add(Key(i), [i]);
            Assert.InRange(cache.Count, 1, 10);
        }
    }

    [Fact]
    public void A_vector_in_use_survives_while_older_ones_are_dropped()
    {
        var cache = new SentenceVectorCache(10);
        cache.Add(Key(0), [0f]);
        for (var i = 1; i < 100; i++)
        {
            cache.Add(Key(i), [i]);
            Assert.True(cache.TryGet(Key(0), out _), $"lost after {i} additions");
        }

        Assert.False(cache.TryGet(Key(1), out _));
        Assert.True(cache.TryGet(Key(99), out _));
    }
}
