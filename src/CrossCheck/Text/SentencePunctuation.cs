namespace CrossCheck.Text;

/// <summary>Character classes the sentence splitter relies on.</summary>
internal static class SentencePunctuation
{
    public static bool IsTerminal(char c) => c is '.' or '!' or '?' or '\u2026';

    /// <summary>Closing quotes and brackets that stay with the sentence they close ("... unrest." / "... unrest.”").</summary>
    public static bool IsCloser(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or '\u203A' or ')' or ']' or '}';

    /// <summary>Characters that can open a sentence besides letters and digits.</summary>
    public static bool IsOpener(char c) =>
        c is '"' or '\'' or '\u201C' or '\u2018' or '\u00AB' or '\u2039' or '(' or '[' or '{' or '\u2014' or '-' or '\u2022' or '*';
}
