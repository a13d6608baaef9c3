using System.Collections.Frozen;

namespace CrossCheck.Text;

/// <summary>The words that mark whether a text looks back or forward in time: future markers ("will",
/// "scheduled"), past forms ("said", "fled", "ago"), "-ed" words that are not past forms ("need", "hundred"),
/// and the forms of "be"/"get" that make a following participle passive.</summary>
internal static class TenseWords
{
    /// <summary>Words that point forward, any case.</summary>
    public static readonly FrozenSet<string> Future = FrozenSet.ToFrozenSet(
        ["will", "ll", "shall", "can", "upcoming", "due", "scheduled", "expected", "expects", "expect", "plans", "plan",
         "intends", "until", "till", "through", "next", "tomorrow", "would", "soon", "aims", "hopes", "going"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Prepositions that point forward only when they govern the expression ("until Friday",
    /// "through March"); elsewhere they are spatial ("swept through the town on Monday"). A subset of
    /// <see cref="Future"/>.</summary>
    public static readonly FrozenSet<string> BoundaryPrepositions = FrozenSet.ToFrozenSet(
        ["until", "till", "through"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Past forms and words that point back (irregular past tenses, "ago", "yesterday"), any case.</summary>
    public static readonly FrozenSet<string> Past = FrozenSet.ToFrozenSet(
        ["was", "were", "had", "did", "said", "told", "ago", "last", "yesterday", "earlier", "previously", "since",
         "has", "have", "went", "came", "took", "gave", "made", "met", "saw", "began", "fled", "left", "lost", "won",
         "fell", "held", "found", "got", "became", "wrote", "sent", "spent", "built", "brought", "thought", "ran",
         "rose", "struck", "sold", "bought", "paid", "led", "flew", "broke", "spoke", "chose", "drove", "grew",
         "knew", "kept", "meant", "stood", "taught", "threw", "fought", "caught", "shot", "stole", "tore", "wore",
         "hit", "quit", "shut", "split", "swept", "sought", "sank", "drew", "dealt", "felt", "heard", "laid"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Words ending in "ed" that are not past forms, any case.</summary>
    public static readonly FrozenSet<string> NotPastParticiples = FrozenSet.ToFrozenSet(
        ["need", "speed", "feed", "seed", "indeed", "bed", "red", "shed", "proceed", "exceed", "succeed", "embed",
         "hundred", "breed", "weed", "greed", "deed", "bleed", "creed", "sacred", "kindred", "wicked", "naked",
         "rugged", "ragged", "beloved", "learned"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Participles and adjectives that point forward after a present form of "be" ("is set for Friday",
    /// "are slated to", "is likely to"), any case.</summary>
    public static readonly FrozenSet<string> Scheduled = FrozenSet.ToFrozenSet(
        ["set", "slated", "poised", "planned", "likely", "supposed", "bound"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Forms of "be" and "get" after which a participle is passive ("to be published"), any case.</summary>
    public static readonly FrozenSet<string> PassiveAuxiliaries = FrozenSet.ToFrozenSet(
        ["be", "been", "being", "is", "are", "am", "s", "get", "gets", "getting"], StringComparer.OrdinalIgnoreCase);
}
