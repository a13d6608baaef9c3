namespace CrossCheck.Cli;

internal static class ExitCodes
{
    public const int Success = 0;
    public const int NothingAnalysed = 1;
    public const int UsageError = 2;
}
