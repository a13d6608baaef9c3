namespace CrossCheck.Ingest.Fetching;

/// <summary>Reads a response body, stopping as soon as it passes the limit.</summary>
internal static class BoundedBody
{
    public static async Task<(byte[]? Bytes, string? Error)> ReadAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (output.Length + read > maxBytes)
            {
                return (null, $"body is over the {ByteSize.Format(maxBytes)} limit");
            }

            output.Write(buffer, 0, read);
        }

        return (output.ToArray(), null);
    }
}
