namespace CrossCheck.Text.Embeddings;

/// <summary>The sentence-embedding model could not be loaded (its package's resources are missing or corrupt). Not a
/// defect of one story's text: the pipeline lets it through instead of failing story after story, and the front
/// ends report its one-line <see cref="Exception.Message"/> once.</summary>
internal sealed class EmbeddingModelException : Exception
{
    public EmbeddingModelException()
    {
    }

    public EmbeddingModelException(string message)
        : base(message)
    {
    }

    public EmbeddingModelException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
