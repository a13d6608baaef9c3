using System.Reflection;
using CrossCheck.Analysis.Entities;

namespace CrossCheck.Text;

/// <summary>Names, demonyms, title and head nouns, speech verbs and common words derived from WordNet 3.0
/// (see scripts/build-gazetteer and Data/WORDNET-LICENSE).</summary>
internal sealed class Gazetteer
{
    private const string ResourceName = "CrossCheck.Entities.gazetteer.tsv";

    private static readonly Lazy<Gazetteer> Lazy = new(Load);

    private readonly Dictionary<string, EntityType> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntityType> _namesIgnoringCase = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _acronyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _demonyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _verbForms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _irregularPlurals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _organizationClasses = new(StringComparer.Ordinal);
    private readonly HashSet<string> _roles = new(StringComparer.Ordinal);
    private readonly HashSet<string> _organizationHeads = new(StringComparer.Ordinal);
    private readonly HashSet<string> _placeHeads = new(StringComparer.Ordinal);
    private readonly HashSet<string> _speechVerbs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _sayingVerbs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _commonWords = new(StringComparer.Ordinal);

    public static Gazetteer Default => Lazy.Value;

    /// <summary>The type of a proper name WordNet knows ("Skopje" → place), matching case first.</summary>
    public EntityType? NameType(string name) =>
        _names.TryGetValue(name, out var type) ? type
        : IsAllCaps(name) ? null
        : _namesIgnoringCase.TryGetValue(name, out type) ? type : null;

    public string? AcronymExpansion(string acronym) => _acronyms.GetValueOrDefault(acronym);

    /// <summary>What kind of organisation WordNet says a named one is: NATO is an alliance, a coalition.</summary>
    public bool IsOrganizationOfKind(string name, string lowerHead) =>
        _organizationClasses.TryGetValue(name, out var classes) && classes.Contains(lowerHead, StringComparer.Ordinal);

    /// <summary>The place a demonym pertains to: "Serbian", "Serbs", "Albanians" → Serbia, Albania.</summary>
    public string? DemonymPlace(string word)
    {
        var lower = word.ToLowerInvariant();
        if (_demonyms.TryGetValue(lower, out var place))
        {
            return place;
        }

        return lower.EndsWith('s') && _demonyms.TryGetValue(lower[..^1], out place) ? place : null;
    }

    /// <summary>An office, rank or profession: a title before a name ("Prime Minister Edi Rama") or a
    /// description standing for a person ("the minister").</summary>
    public bool IsRole(string lowerWords) => _roles.Contains(lowerWords);

    public bool IsOrganizationHead(string lowerWord) =>
        _organizationHeads.Contains(lowerWord) || ContextTypeWords.OrganizationHeads.Contains(lowerWord);

    public bool IsPlaceHead(string lowerWord) => _placeHeads.Contains(lowerWord) || ContextTypeWords.AdministrativeUnits.Contains(lowerWord);

    /// <summary>A frequent lower-case English word (SemCor-tagged in WordNet) or an inflection of one
    /// ("members", "urges", "rising"), or an -ly adverb.</summary>
    public bool IsCommonWord(string lowerWord) =>
        _commonWords.Contains(lowerWord) || VerbInflections.Candidates(lowerWord).Any(c => IsInflectionStem(c) && _commonWords.Contains(c));

    /// <summary>Two-letter stems are too easily made by stripping a name ("Maes" → "ma"); only the verbs that
    /// really inflect so ("goes", "does") count.</summary>
    private static bool IsInflectionStem(string candidate) => candidate.Length >= 3 || candidate is "go" or "do" or "be";

    /// <summary>A regular plural of a frequent common word: "ferries", "systems", "boxes" — not a surname that
    /// merely ends in s ("Maes" is not "ma" + "es", "Jones" not "jone" + "s").</summary>
    public bool IsCommonPlural(string lowerWord)
    {
        if (lowerWord.Length < 4 || !lowerWord.EndsWith('s') || lowerWord.EndsWith("ss", StringComparison.Ordinal))
        {
            return false;
        }

        if (lowerWord.EndsWith("ies", StringComparison.Ordinal) && _commonWords.Contains(lowerWord[..^3] + "y"))
        {
            return true;
        }

        var stem = lowerWord[..^2];
        if (lowerWord.EndsWith("es", StringComparison.Ordinal) && stem.Length >= 3
            && (stem.EndsWith('s') || stem.EndsWith('x') || stem.EndsWith('z') || stem.EndsWith("ch", StringComparison.Ordinal) || stem.EndsWith("sh", StringComparison.Ordinal))
            && _commonWords.Contains(stem))
        {
            return true;
        }

        return lowerWord.Length > 4 && _commonWords.Contains(lowerWord[..^1]);
    }

    /// <summary>An irregular noun plural from WordNet ("men", "children", "casualties" is regular).</summary>
    public bool IsIrregularPlural(string lowerWord) => _irregularPlurals.ContainsKey(lowerWord);

    /// <summary>The lemma of a verb of communication ("said" → "say", "emphasised" → "emphasize"), else null.</summary>
    public string? SpeechVerbLemma(string word)
    {
        var lower = word.ToLowerInvariant();
        if (_verbForms.TryGetValue(lower, out var lemma))
        {
            return lemma;
        }

        foreach (var candidate in VerbInflections.Candidates(lower))
        {
            if (_speechVerbs.Contains(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>A verb that reports what someone said ("said", "warned", "stated"): a speech verb with
    /// WordNet's frame "Somebody ----s that CLAUSE".</summary>
    public bool IsSayingVerb(string word) => SpeechVerbLemma(word) is { } lemma && _sayingVerbs.Contains(lemma);

    private static bool IsAllCaps(string name) => name.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private static Gazetteer Load()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from {Assembly.GetExecutingAssembly().GetName().Name}");
        using var reader = new StreamReader(stream);
        var gazetteer = new Gazetteer();
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (fields.Length == 3)
            {
                gazetteer.Add(fields[0], fields[1], fields[2]);
            }
        }

        return gazetteer;
    }

    private void Add(string kind, string key, string value)
    {
        switch (kind)
        {
            case "N":
                var type = value switch { "P" => EntityType.Person, "O" => EntityType.Organization, _ => EntityType.Place };
                _names[key] = type;
                _namesIgnoringCase.TryAdd(key, type);
                break;
            case "A": _acronyms[key] = value; break;
            case "D": _demonyms[key] = value; break;
            case "X": _verbForms[key] = value; break;
            case "P": _irregularPlurals[key] = value; break;
            case "H": _organizationClasses[key] = value.Split('|'); break;
            case "R": _roles.Add(key); break;
            case "O": _organizationHeads.Add(key); break;
            case "L": _placeHeads.Add(key); break;
            case "V": _speechVerbs.Add(key); break;
            case "S": _sayingVerbs.Add(key); break;
            case "W": _commonWords.Add(key); break;
        }
    }
}
