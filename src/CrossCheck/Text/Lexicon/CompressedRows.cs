namespace CrossCheck.Text;

/// <summary>An immutable jagged int table stored as compressed sparse rows (one offsets array, one values array).</summary>
internal sealed class CompressedRows(int[] offsets, int[] values)
{
    public int RowCount => offsets.Length - 1;

    public int ValueCount => values.Length;

    public ReadOnlySpan<int> this[int row] => values.AsSpan(offsets[row], offsets[row + 1] - offsets[row]);
}
