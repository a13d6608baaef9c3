using System.Net;
using System.Net.Sockets;

namespace CrossCheck.Ingest.Fetching;

/// <summary>Which IP addresses may be connected to: public unicast only, unless private ones are allowed.
/// Checked on the resolved address, so a public name that resolves to 127.0.0.1 is still refused.</summary>
internal static class AddressPolicy
{
    /// <summary>Null when the address is public; else what kind of address it is.</summary>
    public static string? NonPublicKind(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return "loopback";
        }

        return address.AddressFamily == AddressFamily.InterNetwork ? KindV4(address.GetAddressBytes()) : KindV6(address);
    }

    private static string? KindV4(byte[] b) => b switch
    {
        [0, ..] => "unspecified",
        [10, ..] => "private",
        [172, >= 16 and <= 31, ..] => "private",
        [192, 168, ..] => "private",
        [100, >= 64 and <= 127, ..] => "shared (carrier-grade NAT)",
        [169, 254, ..] => "link-local",
        [192, 0, 0, _] => "IETF protocol",
        [>= 224 and <= 239, ..] => "multicast",
        [>= 240, ..] => "reserved",
        _ => null,
    };

    private static string? KindV6(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Any))
        {
            return "unspecified";
        }

        var b = address.GetAddressBytes();
        return address switch
        {
            { IsIPv6LinkLocal: true } => "link-local",
            { IsIPv6SiteLocal: true } => "site-local",
            { IsIPv6Multicast: true } => "multicast",
            { IsIPv6UniqueLocal: true } => "unique-local",
            _ when (b[0] & 0xFE) == 0xFC => "unique-local",
            _ => null,
        };
    }
}
