using System.Net;
using System.Net.Sockets;

namespace CrossCheck.Ingest.Fetching;

/// <summary>The <see cref="SocketsHttpHandler.ConnectCallback"/> that resolves the host itself and connects only
/// to an address the <see cref="AddressPolicy"/> accepts, so DNS rebinding between check and connect is impossible.</summary>
internal sealed class VettedConnector(FetchOptions options)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var endPoint = context.DnsEndPoint;
        var addresses = IPAddress.TryParse(endPoint.Host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endPoint.Host, cancellationToken).ConfigureAwait(false);
        var allowed = addresses.Where(Allowed).ToList();
        if (allowed.Count == 0)
        {
            var refused = addresses.FirstOrDefault();
            throw new AddressRefusedException(refused is null
                ? $"{endPoint.Host} does not resolve"
                : $"refused: {endPoint.Host} resolves to {refused}, a {AddressPolicy.NonPublicKind(refused)} address (--allow-private allows it)");
        }

        Exception? last = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endPoint.Port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
        }

        throw last!;
    }

    private bool Allowed(IPAddress address) =>
        options.AllowPrivate || options.AllowedAddresses.Contains(address) || AddressPolicy.NonPublicKind(address) is null;
}
