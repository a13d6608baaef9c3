namespace CrossCheck.Evaluation;

/// <summary>A gold story read from <paramref name="Path"/>, with its inputs resolved to full paths.</summary>
public sealed record GoldFile(string Path, GoldStory Gold, IReadOnlyList<string> InputPaths);

/// <summary>A gold file that cannot be used, with a one-line reason.</summary>
public sealed class GoldFormatException(string path, string reason)
    : Exception($"{path}: {reason}")
{
    public string Path { get; } = path;

    public string Reason { get; } = reason;
}
