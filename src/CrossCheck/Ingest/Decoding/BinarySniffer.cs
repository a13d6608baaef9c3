namespace CrossCheck.Ingest.Decoding;

/// <summary>Tells binary data from text by its first bytes: NUL bytes or too many control characters.</summary>
internal static class BinarySniffer
{
    private const int SampleSize = 8192;
    private const double MaxControlRatio = 0.05;

    /// <summary>A reason when the sample looks binary, else null. Call only for data without a UTF-16/32 BOM.</summary>
    public static string? Describe(ReadOnlySpan<byte> data)
    {
        var sample = data.Length > SampleSize ? data[..SampleSize] : data;
        if (sample.IsEmpty)
        {
            return null;
        }

        if (LooksLikeUtf16WithoutBom(sample))
        {
            return null;
        }

        if (sample.Contains((byte)0))
        {
            return "binary file (contains NUL bytes)";
        }

        var controls = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1B))
            {
                controls++;
            }
        }

        return controls > sample.Length * MaxControlRatio ? "binary file (too many control characters)" : null;
    }

    /// <summary>ASCII text saved as UTF-16 has a NUL in every other byte.</summary>
    internal static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> sample) =>
        Utf16Endianness(sample) is not null;

    /// <summary>True for little endian, false for big endian, null when the sample is not BOM-less UTF-16.</summary>
    internal static bool? Utf16Endianness(ReadOnlySpan<byte> sample)
    {
        if (sample.Length < 4 || sample.Length % 2 != 0)
        {
            return null;
        }

        int evenNul = 0, oddNul = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenNul += sample[i] == 0 ? 1 : 0;
            oddNul += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        if (oddNul > pairs * 0.7 && evenNul < pairs * 0.05)
        {
            return true;
        }

        return evenNul > pairs * 0.7 && oddNul < pairs * 0.05 ? false : null;
    }
}
