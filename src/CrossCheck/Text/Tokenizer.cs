namespace CrossCheck.Text;

/// <summary>Splits text into word, number and punctuation tokens. PLACEHOLDER-QUALITY: the Text stage refines it.</summary>
public static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text, int baseOffset = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetterOrDigit(c))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || ((text[i] == '\'' || text[i] == '’' || text[i] == '-' || text[i] == ',' || text[i] == '.') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && (text[i] != ',' || char.IsDigit(text[i - 1])))))
                {
                    i++;
                }

                var word = text[start..i];
                tokens.Add(new Token(word, baseOffset + start, baseOffset + i, char.IsDigit(word[0]) ? TokenKind.Number : TokenKind.Word));
            }
            else
            {
                i++;
                tokens.Add(new Token(text[start..i], baseOffset + start, baseOffset + i, TokenKind.Punctuation));
            }
        }

        return tokens;
    }
}
