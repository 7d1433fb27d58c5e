using Samsyn.Web.Infrastructure.Content;

namespace Samsyn.UnitTests.Infrastructure.Content;

public sealed class FilePolicyTests
{
    private static readonly byte[] PdfHeader = "%PDF-1.7"u8.ToArray();
    private static readonly byte[] ZipHeader = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00];
    private static readonly byte[] PngHeader = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] OleHeader = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly FilePolicy Attachments = FilePolicy.Attachments;
    private static readonly FilePolicy Documents = FilePolicy.Documents;

    [Theory]
    [InlineData("rutin.pdf")]
    [InlineData("RUTIN.PDF")]
    public void Pdf_with_pdf_content_is_allowed(string name) => Attachments.Check(name, 1000, PdfHeader).ShouldBeNull();

    [Theory]
    [InlineData("protokoll.docx")]
    [InlineData("statistik.xlsx")]
    [InlineData("presentation.pptx")]
    public void Office_documents_are_allowed(string name) => Attachments.Check(name, 1000, ZipHeader).ShouldBeNull();

    [Fact]
    public void Png_and_jpeg_are_allowed()
    {
        Attachments.Check("karta.png", 10, PngHeader).ShouldBeNull();
        Attachments.Check("foto.jpg", 10, [0xFF, 0xD8, 0xFF, 0xE0]).ShouldBeNull();
    }

    [Theory]
    [InlineData("program.exe")]
    [InlineData("sida.html")]
    [InlineData("skript.js")]
    [InlineData("bild.svg")]
    [InlineData("utan-filändelse")]
    public void Other_file_types_are_refused(string name) =>
        Attachments.Check(name, 1000, PdfHeader).ShouldNotBeNull().ShouldContain("inte är tillåten");

    [Fact]
    public void Content_that_does_not_match_the_extension_is_refused()
    {
        Attachments.Check("rutin.pdf", 1000, "MZ\x90\0\x03\0\0\0"u8.ToArray()).ShouldNotBeNull().ShouldContain("stämmer inte");
        Attachments.Check("rutin.docx", 1000, PdfHeader).ShouldNotBeNull();
    }

    [Fact]
    public void Files_over_10_MB_or_empty_are_refused()
    {
        Attachments.Check("stor.pdf", FilePolicy.AttachmentMaxBytes, PdfHeader).ShouldBeNull();
        Attachments.Check("stor.pdf", FilePolicy.AttachmentMaxBytes + 1, PdfHeader).ShouldNotBeNull().ShouldContain("10 MB");
        Attachments.Check("tom.pdf", 0, []).ShouldNotBeNull().ShouldContain("tom");
    }

    [Fact]
    public void Content_type_comes_from_the_extension()
    {
        FilePolicy.ContentTypeOf("a.pdf").ShouldBe("application/pdf");
        FilePolicy.ContentTypeOf("a.xlsx").ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    [Theory]
    [InlineData(@"C:\Users\eva\Documents\rutin.pdf", "rutin.pdf")]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("ny \"rutin\".pdf", "ny rutin.pdf")]
    public void Names_keep_only_the_file_itself(string given, string kept) => FilePolicy.SafeName(given).ShouldBe(kept);

    [Fact]
    public void Governing_documents_take_pdf_and_docx()
    {
        Documents.Check("riktlinje.pdf", 1000, PdfHeader).ShouldBeNull();
        Documents.Check("rutin.docx", 1000, ZipHeader).ShouldBeNull();
    }

    [Theory]
    [InlineData("riktlinje.doc")]
    [InlineData("statistik.xlsx")]
    [InlineData("karta.png")]
    public void Governing_documents_refuse_other_types_even_those_attachments_take(string name)
    {
        var header = name.EndsWith(".doc", StringComparison.Ordinal) ? OleHeader : name.EndsWith(".png", StringComparison.Ordinal) ? PngHeader : ZipHeader;
        Attachments.Check(name, 1000, header).ShouldBeNull();
        Documents.Check(name, 1000, header).ShouldNotBeNull().ShouldContain("PDF eller Word (DOCX)");
    }

    [Fact]
    public void Governing_documents_take_up_to_20_MB_and_refuse_one_byte_more()
    {
        Documents.Check("stor.pdf", 20 * 1024 * 1024, PdfHeader).ShouldBeNull();
        Documents.Check("stor.pdf", 20 * 1024 * 1024 + 1, PdfHeader).ShouldNotBeNull().ShouldContain("större än 20 MB");
    }

    [Fact]
    public void An_empty_governing_document_file_is_refused() =>
        Documents.Check("tom.pdf", 0, []).ShouldNotBeNull().ShouldBe("Filen tom.pdf är tom.");

    [Fact]
    public void A_docx_that_is_really_a_pdf_is_refused() =>
        Documents.Check("rutin.docx", 1000, PdfHeader).ShouldNotBeNull().ShouldContain("stämmer inte med filtypen DOCX");
}
