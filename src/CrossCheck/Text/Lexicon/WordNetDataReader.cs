using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace CrossCheck.Text;

/// <summary>Reads the binary lexicon written by scripts/build-lexicon (layout: scripts/lexicon/FORMAT.md).</summary>
internal static class WordNetDataReader
{
    public const string ResourceName = "CrossCheck.Lexicon.wordnet.bin.gz";
    private const int FormatVersion = 6;

    public static WordNetData LoadEmbedded()
    {
        using var stream = typeof(WordNetDataReader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Lexicon resource '{ResourceName}' is missing from the assembly; run scripts/build-lexicon.");
        return Load(stream);
    }

    public static WordNetData Load(Stream gzipStream)
    {
        ArgumentNullException.ThrowIfNull(gzipStream);
        using var gzip = new GZipStream(gzipStream, CompressionMode.Decompress);
        using var buffer = new MemoryStream(capacity: 9 << 20);
        gzip.CopyTo(buffer);
        var cursor = new Cursor(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
        return Parse(ref cursor);
    }

    private static WordNetData Parse(ref Cursor cursor)
    {
        if (!cursor.Bytes(4).SequenceEqual("CCLX"u8) || cursor.U32() != FormatVersion)
        {
            throw new InvalidDataException($"The lexicon data is not in CrossCheck's lexicon format version {FormatVersion}.");
        }

        var lexicalFiles = new string[cursor.U32()];
        for (var i = 0; i < lexicalFiles.Length; i++)
        {
            lexicalFiles[i] = cursor.Text();
        }

        var lemmas = ReadLemmas(ref cursor);
        var capitalised = cursor.ByteArray();
        var pos = cursor.ByteArray();
        var satellite = cursor.ByteArray();
        var lexicalFile = cursor.ByteArray();
        var relations = new SynsetRelations(
            cursor.Rows(), cursor.Rows(), cursor.Rows(), cursor.Rows(), cursor.Rows(), cursor.Rows(), cursor.Rows(), cursor.Rows(), cursor.Rows());
        var tagCounts = new ushort[4][];
        for (var i = 0; i < tagCounts.Length; i++)
        {
            tagCounts[i] = cursor.UShortArray();
        }

        var exceptions = new Dictionary<PartOfSpeech, Dictionary<string, string[]>>();
        foreach (var p in PartOfSpeechExtensions.All)
        {
            var count = (int)cursor.U32();
            var entries = new Dictionary<string, string[]>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var form = cursor.Text();
                entries[form] = cursor.Text().Split('\t');
            }

            exceptions[p] = entries;
        }

        return new WordNetData(lexicalFiles, lemmas, capitalised, pos, satellite, lexicalFile, relations, tagCounts, exceptions);
    }

    private static string[] ReadLemmas(ref Cursor cursor)
    {
        var lemmas = new string[cursor.U32()];
        var blob = cursor.Bytes((int)cursor.U32());
        var index = 0;
        while (!blob.IsEmpty)
        {
            var end = blob.IndexOf((byte)'\n');
            var slice = end < 0 ? blob : blob[..end];
            lemmas[index++] = Encoding.UTF8.GetString(slice);
            blob = end < 0 ? [] : blob[(end + 1)..];
        }

        if (index != lemmas.Length)
        {
            throw new InvalidDataException($"The lexicon declares {lemmas.Length} lemmas but holds {index}.");
        }

        return lemmas;
    }

    private ref struct Cursor(Memory<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data.Span;
        private int _position;

        public ReadOnlySpan<byte> Bytes(int count)
        {
            if (count < 0 || _position + count > _data.Length)
            {
                throw new InvalidDataException("The lexicon data is truncated.");
            }

            var slice = _data.Slice(_position, count);
            _position += count;
            return slice;
        }

        public uint U32() => BinaryPrimitives.ReadUInt32LittleEndian(Bytes(4));

        public string Text() => Encoding.UTF8.GetString(Bytes(BinaryPrimitives.ReadUInt16LittleEndian(Bytes(2))));

        public byte[] ByteArray() => Bytes((int)U32()).ToArray();

        public int[] IntArray()
        {
            var count = (int)U32();
            var values = MemoryMarshal.Cast<byte, int>(Bytes(count * sizeof(int))).ToArray();
            if (!BitConverter.IsLittleEndian)
            {
                BinaryPrimitives.ReverseEndianness(values, values);
            }

            return values;
        }

        public ushort[] UShortArray()
        {
            var count = (int)U32();
            var values = MemoryMarshal.Cast<byte, ushort>(Bytes(count * sizeof(ushort))).ToArray();
            if (!BitConverter.IsLittleEndian)
            {
                BinaryPrimitives.ReverseEndianness(values, values);
            }

            return values;
        }

        public CompressedRows Rows()
        {
            var lengths = UShortArray();
            var offsets = new int[lengths.Length + 1];
            for (var i = 0; i < lengths.Length; i++)
            {
                offsets[i + 1] = offsets[i] + lengths[i];
            }

            var values = IntArray();
            if (offsets[^1] != values.Length)
            {
                throw new InvalidDataException("A lexicon row table's lengths do not add up to its values.");
            }

            return new CompressedRows(offsets, values);
        }
    }
}
