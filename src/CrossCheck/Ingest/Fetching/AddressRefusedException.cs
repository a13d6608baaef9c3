namespace CrossCheck.Ingest.Fetching;

/// <summary>Raised inside the connect step when a host resolves only to addresses the policy refuses.</summary>
internal sealed class AddressRefusedException : IOException
{
    public AddressRefusedException()
    {
    }

    public AddressRefusedException(string message)
        : base(message)
    {
    }

    public AddressRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
