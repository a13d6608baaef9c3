namespace CrossCheck.Cli;

internal static class ExitCodes
{
    public const int Success = 0;
    public const int NothingAnalysed = 1;
    public const int UsageError = 2;

    /// <summary>The sentence-embedding model could not be loaded (its package is missing or damaged).</summary>
    public const int ModelUnavailable = 3;
}
