namespace CrossCheck.Ingest.Fetching;

/// <summary>Spaces requests to the same host at least a delay apart (per host, measured from the previous start).</summary>
internal sealed class HostPoliteness(TimeSpan delay, TimeProvider time)
{
    private readonly Dictionary<string, DateTimeOffset> _nextAllowed = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();

    public async Task WaitTurnAsync(string host, CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var slot = _nextAllowed.TryGetValue(host, out var next) && next > now ? next : now;
            _nextAllowed[host] = slot + delay;
            wait = slot - now;
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
