using System.Xml;

namespace CrossCheck.Ingest.Feeds;

/// <summary>XML reader settings for untrusted documents: no DTD processing, no external resources,
/// bounded size, so malformed or hostile feeds cannot hang or exhaust memory.</summary>
internal static class SafeXml
{
    public static XmlReader Create(string text, long maxCharacters) => XmlReader.Create(new StringReader(text), new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = maxCharacters,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CheckCharacters = false,
    });

    /// <summary>The local name of the root element, or null when the text is not XML.</summary>
    public static string? RootName(string text)
    {
        try
        {
            using var reader = Create(text, 1L << 26);
            return reader.MoveToContent() == XmlNodeType.Element ? reader.LocalName : null;
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
