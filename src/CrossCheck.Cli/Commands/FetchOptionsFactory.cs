using System.CommandLine;
using CrossCheck.Ingest.Fetching;

namespace CrossCheck.Cli.Commands;

/// <summary>Fetch settings shared by <c>add</c> and <c>watch</c>.</summary>
internal static class FetchOptionsFactory
{
    public static Option<bool> AllowPrivateOption() => new("--allow-private")
    {
        Description = "Allow fetching from loopback, private, link-local and unique-local addresses (refused by default)",
    };

    public static FetchOptions Create(bool allowPrivate) => new() { AllowPrivate = allowPrivate };
}
