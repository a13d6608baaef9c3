using CrossCheck.Storage;
using CrossCheck.Text.Embeddings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace CrossCheck.Cli;

/// <summary>What commands talk to: the clock, the terminal, the two output streams and the sentence-embedding model.
/// Tests pass their own.</summary>
internal sealed record CliContext(TimeProvider Time, IAnsiConsole Console, TextWriter Out, TextWriter Error)
{
    private CrossCheckEngine? _engine;
    private ISentenceEncoder? _encoder;

    /// <summary>The engine, built on first use the way a host builds it (<c>AddCrossCheck</c>) over this context's clock.</summary>
    public CrossCheckEngine Engine => _engine ??= CreateEngine(Time, ReferenceEquals(Model, LazySentenceEmbedder.Shared) ? null : Encoder);

    /// <summary>The sentence-embedding model, loaded when a sentence must really be embedded (by default the shared
    /// all-MiniLM-L6-v2); tests put a counting or a broken one here.</summary>
    public ISentenceEncoder Model { get; init; } = LazySentenceEmbedder.Shared;

    /// <summary>Sentence vectors without a store: memory in front of <see cref="Model"/>.</summary>
    public ISentenceEncoder Encoder => _encoder ??= ReferenceEquals(Model, LazySentenceEmbedder.Shared)
        ? CachedSentenceEncoder.Shared
        : new CachedSentenceEncoder(Model, new SentenceVectorCache());

    public static CliContext FromProcess() =>
        new(TimeProvider.System, AnsiConsole.Console, System.Console.Out, System.Console.Error);

    /// <summary>Sentence vectors over a store: memory, then the store, then <see cref="Model"/> (new ones are saved).</summary>
    public ISentenceEncoder EncoderFor(ISentenceVectorStore store) => StoredSentenceEncoder.For(store, Model);

    /// <summary>An engine like <see cref="Engine"/> whose claims' vectors come from <paramref name="encoder"/>.</summary>
    public CrossCheckEngine EngineFor(ISentenceEncoder encoder) => CreateEngine(Time, encoder);

    private static CrossCheckEngine CreateEngine(TimeProvider time, ISentenceEncoder? encoder)
    {
        var services = new ServiceCollection();
        services.AddSingleton(time);
        services.AddCrossCheck();
        using var provider = services.BuildServiceProvider();
        return encoder is null
            ? provider.GetRequiredService<CrossCheckEngine>()
            : new CrossCheckEngine(provider.GetRequiredService<IOptions<CrossCheckOptions>>().Value, time, null, null, encoder);
    }
}
