namespace CrossCheck;

/// <summary>Names under which CrossCheck reports traces and metrics, for hosts that subscribe to them (for example
/// OpenTelemetry's <c>AddSource</c> and <c>AddMeter</c>).</summary>
public static class CrossCheckTelemetry
{
    /// <summary>The name of the <see cref="System.Diagnostics.ActivitySource"/>: one activity per stage
    /// (<c>extract</c>, <c>cluster</c>, <c>analyse story</c>, <c>align</c>).</summary>
    public const string ActivitySourceName = "CrossCheck";

    /// <summary>The name of the <see cref="System.Diagnostics.Metrics.Meter"/>: counters of articles extracted,
    /// stories analysed and failures, and a histogram of stage durations.</summary>
    public const string MeterName = "CrossCheck";
}
