using System.Text;
using CrossCheck.Ingest.Decoding;

namespace CrossCheck.Tests.Ingest;

public sealed class TextDecoderTests
{
    private const string Sample = "Caf\u00E9 cr\u00E8me \u2014 na\u00EFve gar\u00E7on";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32LE")]
    public void Byte_order_marks_choose_the_encoding(string name)
    {
        var encoding = Encoding.GetEncoding(name);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Sample)).ToArray();
        var decoded = TextDecoder.Decode(bytes);
        Assert.Equal(Sample, decoded.Text);
    }

    [Fact]
    public void Utf16_without_bom_is_recognised()
    {
        var decoded = TextDecoder.Decode(Encoding.Unicode.GetBytes("Plain words in UTF-16 without a byte order mark."));
        Assert.Equal("Plain words in UTF-16 without a byte order mark.", decoded.Text);
    }

    [Fact]
    public void Meta_charset_is_used_for_non_utf8_html()
    {
        var html = $"<html><head><meta charset=\"windows-1251\"></head><body>\u041F\u0440\u0438\u0432\u0435\u0442 \u043C\u0438\u0440</body></html>";
        var decoded = TextDecoder.Decode(Encoding.GetEncoding(1251).GetBytes(html), sniffMarkup: true);
        Assert.Contains("\u041F\u0440\u0438\u0432\u0435\u0442 \u043C\u0438\u0440", decoded.Text, StringComparison.Ordinal);
        Assert.Equal("windows-1251", decoded.EncodingName);
    }

    [Fact]
    public void Http_equiv_declaration_is_found()
    {
        var head = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"u8.ToArray();
        Assert.Equal("ISO-8859-1", CharsetSniffer.FromMarkup(head));
        Assert.Equal("windows-1252", TextDecoder.Resolve("ISO-8859-1")!.WebName);
    }

    [Fact]
    public void Valid_utf8_wins_over_a_lying_latin1_declaration()
    {
        var html = $"<meta charset=\"iso-8859-1\"><p>{Sample}</p>";
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(html), sniffMarkup: true);
        Assert.Contains(Sample, decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Undeclared_windows_1252_falls_back_to_detection()
    {
        var text = "Le caf\u00E9 \u00E9tait ferm\u00E9, d\u00E9clara le pr\u00E9fet \u00E0 la fin de la r\u00E9union de s\u00E9curit\u00E9.";
        var decoded = TextDecoder.Decode(Encoding.GetEncoding(1252).GetBytes(text));
        Assert.Equal(text, decoded.Text);
    }

    [Fact]
    public void Output_is_nfc()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes("Cafe\u0301"));
        Assert.Equal("Caf\u00E9", decoded.Text);
    }

    [Fact]
    public void Nul_bytes_mean_binary()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01, 0x02];
        var decoded = TextDecoder.Decode(png);
        Assert.Null(decoded.Text);
        Assert.Equal("binary file (contains NUL bytes)", decoded.Error);
    }

    [Fact]
    public void Broken_utf16_is_reported_as_undecodable()
    {
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Enumerable.Repeat(new byte[] { 0x00, 0xD8 }, 40).SelectMany(b => b)).ToArray();
        var decoded = TextDecoder.Decode(bytes);
        Assert.Null(decoded.Text);
        Assert.StartsWith("undecodable text", decoded.Error, StringComparison.Ordinal);
    }
}
