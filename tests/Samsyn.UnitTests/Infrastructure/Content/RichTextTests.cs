using Samsyn.Web.Infrastructure.Content;
using Samsyn.Web.Features.Privacy;

namespace Samsyn.UnitTests.Infrastructure.Content;

public sealed class RichTextTests
{
    [Fact]
    public void Script_is_removed_with_its_content_and_reported()
    {
        var cleaned = RichText.Clean("<p>Hej</p><script>alert('x')</script>");

        cleaned.Html.ShouldBe("<p>Hej</p>");
        cleaned.Removed.ShouldContain("<script>");
        cleaned.WasChanged.ShouldBeTrue();
    }

    [Fact]
    public void Event_handler_attributes_are_removed_and_the_element_kept()
    {
        var cleaned = RichText.Clean("<p onclick=\"steal()\" onmouseover=\"x()\">Läs detta</p>");

        cleaned.Html.ShouldBe("<p>Läs detta</p>");
        cleaned.Removed.ShouldContain("onclick");
        cleaned.Removed.ShouldContain("onmouseover");
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [InlineData("vbscript:msgbox(1)")]
    public void Links_with_script_addresses_lose_their_address(string href)
    {
        var cleaned = RichText.Clean($"<p><a href=\"{href}\">Klicka</a></p>");

        cleaned.Html.ShouldNotContain("href", Case.Insensitive);
        cleaned.Html.ShouldContain("Klicka");
        cleaned.WasChanged.ShouldBeTrue();
    }

    [Fact]
    public void Style_attributes_and_style_elements_are_removed()
    {
        var cleaned = RichText.Clean("<style>p{display:none}</style><p style=\"color:red\">Text</p>");

        cleaned.Html.ShouldBe("<p>Text</p>");
        cleaned.Removed.ShouldContain("style");
        cleaned.Removed.ShouldContain("<style>");
    }

    [Fact]
    public void Allowed_tags_and_addresses_are_kept_as_written()
    {
        const string html = "<h3>Rubrik</h3><h4>Under</h4><p>Ett <strong>viktigt</strong> och <em>betonat</em> ord<br>ny rad</p>"
            + "<ul><li>ett</li></ul><ol><li>två</li></ol>"
            + "<p><a href=\"https://www.vgregion.se/\">Regionen</a> <a href=\"mailto:samverkan@simba.example\">Mejla</a> <a href=\"http://example.se/\">gammal</a></p>";

        var cleaned = RichText.Clean(html);

        cleaned.Html.ShouldBe(html);
        cleaned.WasChanged.ShouldBeFalse();
    }

    [Fact]
    public void Other_tags_are_taken_away_but_their_text_stays()
    {
        var cleaned = RichText.Clean("<div><span>Text i en div</span></div><img src=\"x\" onerror=\"alert(1)\"><table><tr><td>cell</td></tr></table>");

        cleaned.Html.ShouldNotContain("<div");
        cleaned.Html.ShouldNotContain("<img");
        cleaned.Html.ShouldNotContain("onerror");
        cleaned.Html.ShouldContain("Text i en div");
        cleaned.Html.ShouldContain("cell");
        cleaned.Removed.ShouldContain("<img>");
    }

    [Fact]
    public void Bold_and_italic_become_strong_and_em_without_a_notice()
    {
        var cleaned = RichText.Clean("<p><b>Fet</b> och <i>kursiv</i></p>");

        cleaned.Html.ShouldBe("<p><strong>Fet</strong> och <em>kursiv</em></p>");
        cleaned.WasChanged.ShouldBeFalse();
    }

    [Fact]
    public void Iframes_forms_and_objects_disappear_with_their_content()
    {
        var cleaned = RichText.Clean("<p>Före</p><iframe src=\"https://evil.example\">x</iframe><form action=\"https://evil.example\"><input name=\"p\"><button>Skicka</button></form><object data=\"x\">y</object>");

        cleaned.Html.ShouldBe("<p>Före</p>");
    }

    [Fact]
    public void Cleaning_twice_changes_nothing_more()
    {
        var once = RichText.Clean("<p onclick=\"x\">a <a href=\"javascript:x\">b</a></p><script>y</script>");
        var twice = RichText.Clean(once.Html);

        twice.Html.ShouldBe(once.Html);
        twice.WasChanged.ShouldBeFalse();
    }

    [Fact]
    public void Markdown_like_text_becomes_paragraphs_lists_headings_and_links()
    {
        const string text = """
            ### Telefontider
            Ring **samordningen** vid *brådskande* ärenden.
            Andra raden.

            - 23 december
            - 27 december

            1. Först
            2. Sedan

            Läs [rutinen](https://www.vgregion.se/rutin) eller https://simba.example/info.
            """;

        var cleaned = RichText.Clean(text);

        cleaned.Html.ShouldBe("<h3>Telefontider</h3><p>Ring <strong>samordningen</strong> vid <em>brådskande</em> ärenden.<br>Andra raden.</p>"
            + "<ul><li>23 december</li><li>27 december</li></ul><ol><li>Först</li><li>Sedan</li></ol>"
            + "<p>Läs <a href=\"https://www.vgregion.se/rutin\">rutinen</a> eller <a href=\"https://simba.example/info\">https://simba.example/info</a>.</p>");
        cleaned.WasChanged.ShouldBeFalse();
    }

    [Fact]
    public void Text_with_angle_brackets_that_are_not_tags_is_shown_as_written()
    {
        var cleaned = RichText.Clean("Beläggning < 90 % och > 80 %");

        cleaned.Html.ShouldBe("<p>Beläggning &lt; 90 % och &gt; 80 %</p>");
        cleaned.Text.ShouldBe("Beläggning < 90 % och > 80 %");
    }

    [Fact]
    public void Text_keeps_blocks_apart_and_inline_parts_together()
    {
        // Two numbers in separate paragraphs are not one personal identity number; split by a tag inside a line they are.
        RichText.Clean("<p>811218</p><p>9876</p>").Text.ShouldNotContain("8112189876");
        PersonalIdentityNumberGuard.ContainsIdentityNumber(RichText.Clean("<p>811218-<strong>9876</strong></p>").Text).ShouldBeTrue();
    }

    [Fact]
    public void Empty_or_blank_input_gives_an_empty_body()
    {
        RichText.Clean(null).Html.ShouldBe("");
        RichText.Clean("   \n ").Html.ShouldBe("");
        RichText.Clean("<script>alert(1)</script>").Text.ShouldBe("");
    }
}
