using Microsoft.Extensions.Logging;

namespace CrossCheck;

/// <summary>The log messages of the engine and pipeline (source-generated, so a disabled level costs a check).</summary>
internal static partial class EngineLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Extracted {Articles} articles from {Documents} documents ({Rejected} without article text)")]
    public static partial void Extracted(ILogger logger, int articles, int documents, int rejected);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "{Source}: {Reason}")]
    public static partial void DocumentRejected(ILogger logger, string source, string reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Grouped {Articles} articles into {Stories} stories")]
    public static partial void Grouped(ILogger logger, int articles, int stories);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "{Source} {Reason}")]
    public static partial void StoryFailed(ILogger logger, string source, string reason);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Cross-checked {Stories} stories ({Failed} failed)")]
    public static partial void Analysed(ILogger logger, int stories, int failed);
}
