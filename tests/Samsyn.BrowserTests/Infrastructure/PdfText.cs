using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace Samsyn.BrowserTests.Infrastructure;

/// <summary>
/// The text of a PDF the app made, for assertions, in the order Chromium drew it (the page's order: a table cell's
/// wrapped lines stay together, where reading by position would interleave the cells of a row).
/// White space is dropped on both sides of a comparison: extraction does not keep spaces reliably.
/// Ligature characters are kept as they are, so a test sees whether the PDF's text copies and searches as written.
/// </summary>
public static partial class PdfText
{
    /// <summary>The text of every page, without white space.</summary>
    public static string Of(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return Squash(string.Concat(document.GetPages().Select(p => p.Text)));
    }

    /// <summary>The text without white space, to compare with <see cref="Of"/>.</summary>
    public static string Squash(string text) => WhiteSpace().Replace(text, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
