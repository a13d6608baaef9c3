using System.Diagnostics;
using System.Text;
using CrossCheck.Ingest;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CrossCheck.Tests.Ingest;

/// <summary>Feeds, OPML and WARC archives, mutated and random: documents or one-line errors, quickly, in bounded memory.</summary>
public sealed class ContainerFuzzTests : IDisposable
{
    private const long MaxAllocatedBytes = 64L * 1024 * 1024;
    private static readonly string[] Seeds = ["rss2.xml", "atom.xml", "rdf.rdf", "crawl.warc", "crawl.warc.gz", "subscriptions.opml"];

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Property(MaxTest = 200)]
    public Property Mutated_fixtures_never_throw_hang_or_balloon()
    {
        var edits = Gen.Choose(0, int.MaxValue).Zip(Gen.Choose(0, 255)).ArrayOf();
        var truncation = Gen.Choose(0, 100);
        return Prop.ForAll(Gen.Elements(Seeds).ToArbitrary(), edits.ToArbitrary(), truncation.ToArbitrary(), (seed, changes, keepPercent) =>
        {
            var bytes = File.ReadAllBytes(Fixtures.PathOf(seed));
            foreach (var (index, value) in changes)
            {
                bytes[index % bytes.Length] = (byte)value;
            }

            bytes = bytes[..Math.Max(1, bytes.Length * keepPercent / 100)];
            return LoadsSafely(bytes, Path.GetExtension(seed) == ".gz" ? ".warc.gz" : Path.GetExtension(seed));
        });
    }

    [Property(MaxTest = 100)]
    public Property Random_bytes_as_containers_never_throw() =>
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), Gen.Elements(".xml", ".rss", ".rdf", ".warc", ".warc.gz").ToArbitrary(),
            (bytes, extension) => LoadsSafely(bytes is { Length: > 0 } ? bytes : [0x20], extension));

    [Fact]
    public void A_warc_record_claiming_a_petabyte_is_refused_without_allocating_it()
    {
        var bytes = Encoding.ASCII.GetBytes("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 1000000000000000\r\n\r\nHTTP/1.1 200 OK\r\n\r\n");
        var path = _dir.Write("huge.warc", bytes);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = DocumentLoader.Load([path]);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < MaxAllocatedBytes);
        Assert.Equal("truncated record", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Deeply_nested_xml_is_an_error_line()
    {
        var xml = "<rss version=\"2.0\"><channel>" + string.Concat(Enumerable.Repeat("<x>", 20000)) + string.Concat(Enumerable.Repeat("</x>", 20000)) + "</channel></rss>";
        var path = _dir.Write("deep.xml", xml);
        var result = DocumentLoader.Load([path]);
        Assert.Empty(result.Documents);
        Assert.Single(result.Errors);
    }

    private bool LoadsSafely(byte[] bytes, string extension)
    {
        var path = _dir.Write("f" + Guid.NewGuid().ToString("N") + extension, bytes);
        var clock = Stopwatch.StartNew();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = DocumentLoader.Load([path]);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        File.Delete(path);
        return clock.Elapsed < TimeSpan.FromSeconds(5)
            && allocated < MaxAllocatedBytes
            && result.Errors.All(e => e.Source.StartsWith(path, StringComparison.Ordinal) && !e.Message.Contains('\n', StringComparison.Ordinal));
    }
}
