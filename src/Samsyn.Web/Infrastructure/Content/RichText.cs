using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace Samsyn.Web.Infrastructure.Content;

/// <summary>The body after cleaning: safe HTML, and what was taken out (empty when nothing was).</summary>
public sealed record CleanedBody(string Html, IReadOnlyList<string> Removed)
{
    public bool WasChanged => Removed.Count > 0;

    /// <summary>The text a reader sees, with blocks on lines of their own (for the personal-identity-number check).</summary>
    public string Text => RichText.TextOf(Html);
}

/// <summary>
/// Rich text as bulletins and governing documents hold it. The writer uses simple HTML or Markdown-like text in a plain text area;
/// both become HTML with only p, br, strong, em, ul, ol, li, h3, h4 and links (http, https, mailto).
/// Scripts, event handlers, styles and javascript: addresses are removed, and the writer is told what was.
/// </summary>
public static partial class RichText
{
    public static readonly IReadOnlySet<string> AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "p", "br", "strong", "em", "ul", "ol", "li", "a", "h3", "h4" };

    /// <summary>Elements removed with everything inside them: their content is code or a form, never text for the reader.</summary>
    private static readonly HashSet<string> RemovedWithContent = new(StringComparer.OrdinalIgnoreCase)
        { "script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "math", "head", "title", "textarea", "select", "button", "form", "input" };

    /// <summary>Cleans <paramref name="input"/>: Markdown-like text is turned into HTML first, then everything is sanitised.</summary>
    public static CleanedBody Clean(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return new CleanedBody("", []);
        var html = LooksLikeHtml(input) ? input : FromText(input);
        var removed = new List<string>();
        var sanitizer = NewSanitizer();
        sanitizer.RemovingTag += (_, e) =>
        {
            var name = e.Tag.LocalName.ToLowerInvariant();
            if (RemovedWithContent.Contains(name)) e.Tag.InnerHtml = "";
            // Bold and italic from other editors are kept as their allowed equivalents rather than reported.
            if (name is "b" or "i" or "u" or "span" or "div" or "font" or "section" or "article" or "small") return;
            removed.Add($"<{name}>");
        };
        sanitizer.RemovingAttribute += (_, e) =>
        {
            var name = e.Attribute.Name.ToLowerInvariant();
            removed.Add(e.Reason == RemoveReason.NotAllowedUrlValue ? $"{name}=\"{Shorten(e.Attribute.Value)}\"" : name);
        };
        sanitizer.RemovingStyle += (_, _) => removed.Add("style");
        sanitizer.RemovingComment += (_, _) => { };
        sanitizer.RemovingCssClass += (_, _) => removed.Add("class");
        var clean = sanitizer.Sanitize(Normalise(html)).Trim();
        return new CleanedBody(clean, removed.Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>Sanitises stored HTML once more before it is shown (defence in depth; cleaning is idempotent).</summary>
    public static string Render(string storedHtml) => NewSanitizer().Sanitize(storedHtml);

    /// <summary>The visible text of <paramref name="html"/>: inline text joined as shown, each block on its own line.</summary>
    public static string TextOf(string html)
    {
        var fragment = new HtmlParser().ParseDocument($"<body>{html}</body>").Body!;
        var text = new StringBuilder();
        Append(fragment, text);
        return text.ToString().Trim();
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t) { text.Append(t.Data); continue; }
            if (child is not IElement element) continue;
            var block = element.LocalName is "p" or "li" or "ul" or "ol" or "h3" or "h4" or "br" or "div";
            if (block) text.Append('\n');
            Append(element, text);
            if (element.LocalName == "a" && element.GetAttribute("href") is { } href) text.Append(' ').Append(href).Append(' ');
            if (block) text.Append('\n');
        }
    }

    private static HtmlSanitizer NewSanitizer()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(AllowedTags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowedClasses = new HashSet<string>(),
        })
        {
            KeepChildNodes = true,
        };
        // A relative address would point into Samsyn itself; only absolute ones are links to something else.
        sanitizer.FilterUrl += (_, e) =>
        {
            if (!Uri.TryCreate(e.OriginalUrl, UriKind.Absolute, out Uri? _)) e.SanitizedUrl = null;
        };
        return sanitizer;
    }

    /// <summary>b, i and their kin become strong and em, so pasted formatting survives.</summary>
    private static string Normalise(string html) =>
        BoldOrItalic().Replace(html, m => $"<{m.Groups["close"].Value}{(m.Groups["tag"].Value.Equals("b", StringComparison.OrdinalIgnoreCase) ? "strong" : "em")}{m.Groups["rest"].Value}>");

    [GeneratedRegex(@"<(?<close>/?)(?<tag>b|i)(?<rest>(\s[^>]*)?)>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoldOrItalic();

    [GeneratedRegex(@"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*(\s[^>]*)?/?\s*>|<!--", RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();

    public static bool LooksLikeHtml(string input) => HtmlTag().IsMatch(input);

    /// <summary>
    /// Markdown-like text to HTML: blank lines separate paragraphs, "- " or "* " starts a bullet, "1. " a numbered
    /// item, "### " a heading (h3, "#### " h4); **bold**, *italic*, [text](https://…) and bare https:// addresses.
    /// </summary>
    public static string FromText(string text)
    {
        var html = new StringBuilder();
        string? list = null;
        var paragraph = new List<string>();
        void FlushParagraph()
        {
            if (paragraph.Count > 0) html.Append("<p>").Append(string.Join("<br>", paragraph)).Append("</p>");
            paragraph.Clear();
        }
        void CloseList()
        {
            if (list is not null) html.Append("</").Append(list).Append('>');
            list = null;
        }
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0) { FlushParagraph(); CloseList(); continue; }
            if (Heading().Match(line) is { Success: true } heading)
            {
                FlushParagraph(); CloseList();
                var tag = heading.Groups["level"].Value.Length >= 4 ? "h4" : "h3";
                html.Append('<').Append(tag).Append('>').Append(Inline(heading.Groups["text"].Value)).Append("</").Append(tag).Append('>');
                continue;
            }
            var bullet = Bullet().Match(line);
            var numbered = Numbered().Match(line);
            if (bullet.Success || numbered.Success)
            {
                FlushParagraph();
                var kind = bullet.Success ? "ul" : "ol";
                if (list != kind) { CloseList(); html.Append('<').Append(kind).Append('>'); list = kind; }
                html.Append("<li>").Append(Inline((bullet.Success ? bullet : numbered).Groups["text"].Value)).Append("</li>");
                continue;
            }
            CloseList();
            paragraph.Add(Inline(line));
        }
        FlushParagraph();
        CloseList();
        return html.ToString();
    }

    private static string Inline(string text)
    {
        var encoded = WebUtility.HtmlEncode(text);
        // Links first, so that the address inside [text](address) is not linked a second time.
        var links = new List<string>();
        encoded = MarkdownLink().Replace(encoded, m =>
        {
            links.Add($"<a href=\"{m.Groups["url"].Value}\">{m.Groups["text"].Value}</a>");
            return $"\u0001{links.Count - 1}\u0001";
        });
        encoded = BareUrl().Replace(encoded, m => $"<a href=\"{m.Value}\">{m.Value}</a>");
        encoded = Strong().Replace(encoded, "<strong>${text}</strong>");
        encoded = Emphasis().Replace(encoded, "<em>${text}</em>");
        return Placeholder().Replace(encoded, m => links[int.Parse(m.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture)]);
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..39] + "…";

    [GeneratedRegex(@"^(?<level>#{1,4})\s+(?<text>.+)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^[-*•]\s+(?<text>.+)$")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^\d{1,3}[.)]\s+(?<text>.+)$")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\((?<url>(https?://|mailto:)[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"(?<![""=])\bhttps?://[^\s<]+[^\s<.,;:!?)]")]
    private static partial Regex BareUrl();

    [GeneratedRegex(@"\*\*(?<text>[^*]+)\*\*")]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<![*\w])\*(?<text>[^*\s][^*]*)\*(?![*\w])")]
    private static partial Regex Emphasis();

    [GeneratedRegex("\u0001(?<index>\\d+)\u0001")]
    private static partial Regex Placeholder();
}
