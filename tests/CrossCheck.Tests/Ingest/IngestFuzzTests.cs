using System.Text;
using CrossCheck.Ingest;
using CrossCheck.Ingest.Decoding;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CrossCheck.Tests.Ingest;

/// <summary>Random and mutated inputs: every file gives documents or error lines, never an exception.</summary>
public sealed class IngestFuzzTests : IDisposable
{
    private static readonly string[] Extensions = [".txt", ".md", ".html", ".jsonl"];
    private static readonly byte[] Seed = Encoding.UTF8.GetBytes(
        "---\ntitle: T\n---\nBody \u00E9\n" + """{"id":"1","text":"Caf\u00E9","title":"x"}""" + "\n<meta charset=\"utf-8\"><p>x</p>");

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Property(MaxTest = 150)]
    public Property Random_bytes_never_throw() =>
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), Gen.Elements(Extensions).ToArbitrary(), (bytes, extension) => LoadsCleanly(bytes ?? [], extension));

    [Property(MaxTest = 150)]
    public Property Mutated_inputs_never_throw()
    {
        var mutations = Gen.Choose(0, Seed.Length - 1).Zip(Gen.Choose(0, 255)).ArrayOf();
        return Prop.ForAll(mutations.ToArbitrary(), Gen.Elements(Extensions).ToArbitrary(), (edits, extension) =>
        {
            var bytes = (byte[])Seed.Clone();
            foreach (var (index, value) in edits)
            {
                bytes[index] = (byte)value;
            }

            return LoadsCleanly(bytes, extension);
        });
    }

    [Property(MaxTest = 200)]
    public bool Decoder_output_is_text_or_a_reason(byte[] bytes)
    {
        var outcome = TextDecoder.Decode(bytes ?? [], sniffMarkup: true);
        return outcome.Text is not null ^ outcome.Error is not null;
    }

    private bool LoadsCleanly(byte[] bytes, string extension)
    {
        var path = _dir.Write("f" + Guid.NewGuid().ToString("N") + extension, bytes);
        var result = DocumentLoader.Load([path]);
        File.Delete(path);
        return result.Documents.Count + result.Errors.Count > 0
            && result.Errors.All(e => e.Source.StartsWith(path, StringComparison.Ordinal) && !e.Message.Contains('\n', StringComparison.Ordinal));
    }
}
