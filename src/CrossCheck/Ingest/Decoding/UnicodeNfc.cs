using System.Text;

namespace CrossCheck.Ingest.Decoding;

/// <summary>Unicode Normalization Form C (canonical decomposition, ordering, composition) from generated tables.
/// <see cref="string.Normalize()"/> leaves non-ASCII text unchanged under InvariantGlobalization, which the
/// solution uses, so ingest cannot rely on it.</summary>
internal static class UnicodeNfc
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    private static readonly Dictionary<int, int[]> Decompositions = LoadDecompositions();
    private static readonly Dictionary<int, int> CombiningClasses = LoadClasses();
    private static readonly Dictionary<long, int> Compositions = LoadCompositions();

    /// <summary>Returns <paramref name="text"/> in NFC; the same instance when nothing changes.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsTriviallyNormalized(text))
        {
            return text;
        }

        var points = Decompose(text);
        SortMarks(points);
        Compose(points);
        var builder = new StringBuilder(text.Length);
        foreach (var point in points)
        {
            builder.Append(char.ConvertFromUtf32(point));
        }

        var result = builder.ToString();
        return string.Equals(result, text, StringComparison.Ordinal) ? text : result;
    }

    // Every code point below U+0300 is a starter that NFC leaves alone.
    private static bool IsTriviallyNormalized(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0300')
            {
                return false;
            }
        }

        return true;
    }

    private static List<int> Decompose(string text)
    {
        var points = new List<int>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var cp = rune.Value;
            if (cp is >= SBase and < SBase + SCount)
            {
                var index = cp - SBase;
                points.Add(LBase + (index / NCount));
                points.Add(VBase + (index % NCount / TCount));
                if (index % TCount != 0)
                {
                    points.Add(TBase + (index % TCount));
                }
            }
            else if (Decompositions.TryGetValue(cp, out var parts))
            {
                points.AddRange(parts);
            }
            else
            {
                points.Add(cp);
            }
        }

        return points;
    }

    // Canonical ordering: a stable sort of each run of non-starters by combining class.
    private static void SortMarks(List<int> points)
    {
        for (var i = 1; i < points.Count; i++)
        {
            var current = points[i];
            var currentClass = ClassOf(current);
            if (currentClass == 0)
            {
                continue;
            }

            var j = i - 1;
            while (j >= 0 && ClassOf(points[j]) > currentClass)
            {
                points[j + 1] = points[j];
                j--;
            }

            points[j + 1] = current;
        }
    }

    private static void Compose(List<int> points)
    {
        if (points.Count == 0)
        {
            return;
        }

        var starterPos = 0;
        var starter = points[0];
        var lastClass = ClassOf(starter) == 0 ? 0 : 256;
        var write = 1;
        for (var read = 1; read < points.Count; read++)
        {
            var point = points[read];
            var pointClass = ClassOf(point);
            var composite = Pair(starter, point);
            if (composite >= 0 && (lastClass < pointClass || lastClass == 0))
            {
                points[starterPos] = composite;
                starter = composite;
                continue;
            }

            if (pointClass == 0)
            {
                starterPos = write;
                starter = point;
            }

            lastClass = pointClass;
            points[write++] = point;
        }

        points.RemoveRange(write, points.Count - write);
    }

    private static int Pair(int first, int second)
    {
        if (first is >= LBase and < LBase + LCount && second is >= VBase and < VBase + VCount)
        {
            return SBase + ((((first - LBase) * VCount) + (second - VBase)) * TCount);
        }

        if (first is >= SBase and < SBase + SCount && (first - SBase) % TCount == 0 && second is > TBase and < TBase + TCount)
        {
            return first + (second - TBase);
        }

        return Compositions.TryGetValue(Key(first, second), out var composite) ? composite : -1;
    }

    private static int ClassOf(int point) => CombiningClasses.GetValueOrDefault(point);

    private static long Key(int first, int second) => ((long)first << 21) | (uint)second;

    private static Dictionary<int, int[]> LoadDecompositions()
    {
        var data = NfcData.Decompositions;
        var map = new Dictionary<int, int[]>();
        for (var i = 0; i < data.Length;)
        {
            var length = data[i + 1];
            map[data[i]] = data[(i + 2)..(i + 2 + length)];
            i += 2 + length;
        }

        return map;
    }

    private static Dictionary<int, int> LoadClasses()
    {
        var data = NfcData.CombiningClasses;
        var map = new Dictionary<int, int>(data.Length / 2);
        for (var i = 0; i < data.Length; i += 2)
        {
            map[data[i]] = data[i + 1];
        }

        return map;
    }

    private static Dictionary<long, int> LoadCompositions()
    {
        var data = NfcData.Compositions;
        var map = new Dictionary<long, int>(data.Length / 3);
        for (var i = 0; i < data.Length; i += 3)
        {
            map[Key(data[i], data[i + 1])] = data[i + 2];
        }

        return map;
    }
}
