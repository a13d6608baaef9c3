
namespace CrossCheck.Text;

/// <summary>The WordNet-derived tables behind <see cref="Lexicon"/>; immutable once loaded, so safe to share
/// between threads. Lemma ids index <see cref="Lemmas"/> (lower case, spaces in multi-word lemmas), synset ids
/// index the per-synset tables.</summary>
internal sealed class WordNetData
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lemmaLookup;

    public WordNetData(
        string[] lexicalFileNames,
        string[] lemmas,
        byte[] lemmaIsCapitalised,
        byte[] synsetPos,
        byte[] synsetIsSatellite,
        byte[] synsetLexicalFile,
        SynsetRelations relations,
        ushort[][] tagCounts,
        IReadOnlyDictionary<PartOfSpeech, Dictionary<string, string[]>> exceptions)
    {
        LexicalFileNames = lexicalFileNames;
        Lemmas = lemmas;
        LemmaIsCapitalised = lemmaIsCapitalised;
        SynsetPos = synsetPos;
        SynsetIsSatellite = synsetIsSatellite;
        SynsetLexicalFile = synsetLexicalFile;
        Relations = relations;
        TagCounts = tagCounts;
        Exceptions = exceptions;
        var ids = new Dictionary<string, int>(lemmas.Length, StringComparer.Ordinal);
        for (var i = 0; i < lemmas.Length; i++)
        {
            ids[lemmas[i]] = i;
        }

        _lemmaLookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string[] LexicalFileNames { get; }

    public string[] Lemmas { get; }

    /// <summary>1 when WordNet always writes the lemma capitalised (a name such as "Kosovo" or "NATO").</summary>
    public byte[] LemmaIsCapitalised { get; }

    public byte[] SynsetPos { get; }

    public byte[] SynsetIsSatellite { get; }

    public byte[] SynsetLexicalFile { get; }

    public SynsetRelations Relations { get; }

    /// <summary>Per part of speech (index = pos - 1), per lemma id: how often the lemma was sense-tagged with
    /// that part of speech in WordNet's semantic concordance (cntlist.rev).</summary>
    public ushort[][] TagCounts { get; }

    /// <summary>Irregular inflections (WordNet's *.exc): inflected form → base forms.</summary>
    public IReadOnlyDictionary<PartOfSpeech, Dictionary<string, string[]>> Exceptions { get; }

    public int SynsetCount => SynsetPos.Length;

    public bool TryGetLemmaId(ReadOnlySpan<char> lemma, out int id) => _lemmaLookup.TryGetValue(lemma, out id);

    public int TagCount(int lemmaId, PartOfSpeech pos) => TagCounts[(int)pos - 1][lemmaId];

    /// <summary>True when the lemma has at least one sense with this part of speech.</summary>
    public bool HasSense(int lemmaId, PartOfSpeech pos)
    {
        foreach (var synset in Relations.LemmaSynsets[lemmaId])
        {
            if (SynsetPos[synset] == (byte)pos)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The relation tables of <see cref="WordNetData"/>. <see cref="GlossSynonyms"/> holds, per synset, the
/// lemmas its definition consists of when the definition is a bare synonym list ("enhance": "increase").
/// <see cref="Antonyms"/> holds, per synset, the synsets one of its words is an antonym of (both ways).</summary>
internal sealed record SynsetRelations(
    CompressedRows Members,
    CompressedRows Hypernyms,
    CompressedRows InstanceHypernyms,
    CompressedRows Similar,
    CompressedRows LemmaSynsets,
    CompressedRows LexicalRelatives,
    CompressedRows GlossSynonyms,
    CompressedRows Consequences,
    CompressedRows Antonyms);
