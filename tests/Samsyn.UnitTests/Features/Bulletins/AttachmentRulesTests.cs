using Samsyn.Web.Features.Bulletins;

namespace Samsyn.UnitTests.Features.Bulletins;

public sealed class AttachmentRulesTests
{
    private static readonly byte[] PdfHeader = "%PDF-1.7"u8.ToArray();
    private static readonly byte[] ZipHeader = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00];
    private static readonly byte[] PngHeader = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Theory]
    [InlineData("rutin.pdf")]
    [InlineData("RUTIN.PDF")]
    public void Pdf_with_pdf_content_is_allowed(string name) => AttachmentRules.Check(name, 1000, PdfHeader).ShouldBeNull();

    [Theory]
    [InlineData("protokoll.docx")]
    [InlineData("statistik.xlsx")]
    [InlineData("presentation.pptx")]
    public void Office_documents_are_allowed(string name) => AttachmentRules.Check(name, 1000, ZipHeader).ShouldBeNull();

    [Fact]
    public void Png_and_jpeg_are_allowed()
    {
        AttachmentRules.Check("karta.png", 10, PngHeader).ShouldBeNull();
        AttachmentRules.Check("foto.jpg", 10, [0xFF, 0xD8, 0xFF, 0xE0]).ShouldBeNull();
    }

    [Theory]
    [InlineData("program.exe")]
    [InlineData("sida.html")]
    [InlineData("skript.js")]
    [InlineData("bild.svg")]
    [InlineData("utan-filändelse")]
    public void Other_file_types_are_refused(string name) =>
        AttachmentRules.Check(name, 1000, PdfHeader).ShouldNotBeNull().ShouldContain("inte är tillåten");

    [Fact]
    public void Content_that_does_not_match_the_extension_is_refused()
    {
        AttachmentRules.Check("rutin.pdf", 1000, "MZ\x90\0\x03\0\0\0"u8.ToArray()).ShouldNotBeNull().ShouldContain("stämmer inte");
        AttachmentRules.Check("rutin.docx", 1000, PdfHeader).ShouldNotBeNull();
    }

    [Fact]
    public void Files_over_10_MB_or_empty_are_refused()
    {
        AttachmentRules.Check("stor.pdf", BulletinAttachment.MaxBytes, PdfHeader).ShouldBeNull();
        AttachmentRules.Check("stor.pdf", BulletinAttachment.MaxBytes + 1, PdfHeader).ShouldNotBeNull().ShouldContain("10 MB");
        AttachmentRules.Check("tom.pdf", 0, []).ShouldNotBeNull().ShouldContain("tom");
    }

    [Fact]
    public void Content_type_comes_from_the_extension()
    {
        AttachmentRules.ContentTypeOf("a.pdf").ShouldBe("application/pdf");
        AttachmentRules.ContentTypeOf("a.xlsx").ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    [Theory]
    [InlineData(@"C:\Users\eva\Documents\rutin.pdf", "rutin.pdf")]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("ny \"rutin\".pdf", "ny rutin.pdf")]
    public void Names_keep_only_the_file_itself(string given, string kept) => AttachmentRules.SafeName(given).ShouldBe(kept);
}
