namespace CrossCheck.Text;

/// <summary>Reads a run of decimal digits that a regular expression matched with <c>\d</c>, which takes the
/// digits of every script ("١٢٣", "꤀"), where <see cref="int.Parse(string)"/> takes only ASCII ones. Each digit
/// counts by its Unicode value, so "١٢٣" is 123 like "123". Values beyond <see cref="int.MaxValue"/> saturate.</summary>
internal static class DecimalDigits
{
    public static int Parse(ReadOnlySpan<char> digits)
    {
        long value = 0;
        foreach (var c in digits)
        {
            var digit = char.IsAsciiDigit(c) ? c - '0' : (int)char.GetNumericValue(c);
            if (digit is < 0 or > 9)
            {
                throw new FormatException($"'{digits}' is not a run of decimal digits");
            }

            value = Math.Min(int.MaxValue, (value * 10) + digit);
        }

        return (int)value;
    }
}
