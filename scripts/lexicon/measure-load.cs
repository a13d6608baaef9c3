#:project ../../src/CrossCheck/CrossCheck.csproj
#:property Configuration=Release

// Measures the lexicon's time to first use and lookup costs.
// Run from the repository root: dotnet run scripts/lexicon/measure-load.cs
using System.Diagnostics;
using System.Globalization;
using CrossCheck.Text;

var clock = Stopwatch.StartNew();
var first = Lexicon.Default.Lemma("troops");
var firstUse = clock.Elapsed.TotalMilliseconds;
var heap = GC.GetTotalMemory(forceFullCollection: true) / 1048576.0;

string[] words = ["troops", "urged", "smuggling", "weapons", "countries", "said", "Kosovo", "the", "peacekeepers", "border"];
clock.Restart();
var lemmaCalls = 0;
for (var i = 0; i < 20_000; i++)
{
    _ = Lexicon.Default.Lemma(words[i % words.Length]);
    lemmaCalls++;
}

var lemmaMicros = clock.Elapsed.TotalMicroseconds / lemmaCalls;
clock.Restart();
var pairs = 0;
for (var i = 0; i < 200; i++)
{
    foreach (var a in words)
    {
        foreach (var b in words)
        {
            _ = Lexicon.Default.Relatedness(a, b);
            pairs++;
        }
    }
}

var relatednessMicros = clock.Elapsed.TotalMicroseconds / pairs;
var allocated = GC.GetAllocatedBytesForCurrentThread();
for (var i = 0; i < 1000; i++)
{
    _ = Lexicon.Default.Relatedness("narcotics", "drugs");
}

var bytesPerCall = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1000.0;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"first use (load + Lemma(\"troops\") = {first}): {firstUse:F0} ms; managed heap after load {heap:F1} MB; " +
    $"Lemma {lemmaMicros:F2} us/call; Relatedness {relatednessMicros:F2} us/call, {bytesPerCall:F0} B allocated/call"));
