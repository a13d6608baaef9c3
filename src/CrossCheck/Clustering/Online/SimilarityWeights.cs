namespace CrossCheck.Clustering.Online;

/// <summary>Weights of the lexical similarity's features; the body weight is what the others leave.</summary>
public sealed record SimilarityWeights(double Title, double Entities, double EventDates)
{
    public double Body => 1.0 - Title - Entities - EventDates;
}
