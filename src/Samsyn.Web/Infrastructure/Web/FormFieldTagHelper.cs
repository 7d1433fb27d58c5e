using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Samsyn.Web.Infrastructure.Web;

/// <summary>
/// One form field the way every Samsyn form shows it: label, optional hint, the error
/// message above the control (GOV.UK pattern), and the control wired to both with
/// aria-describedby. <c>&lt;form-field asp-for="Input.Name" hint="…" /&gt;</c>;
/// <c>kind</c> is text (default), email, tel, number, date, textarea, select or multiselect.
/// </summary>
[HtmlTargetElement("form-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FormFieldTagHelper(IHtmlGenerator generator) : TagHelper
{
    [HtmlAttributeName("asp-for")] public ModelExpression For { get; set; } = null!;
    [HtmlAttributeName("kind")] public string Kind { get; set; } = "text";
    [HtmlAttributeName("hint")] public string? Hint { get; set; }
    [HtmlAttributeName("items")] public IEnumerable<SelectListItem>? Items { get; set; }
    [HtmlAttributeName("placeholder-option")] public string? PlaceholderOption { get; set; }
    [HtmlAttributeName("autocomplete")] public string? AutoComplete { get; set; }
    [HtmlAttributeName("rows")] public int Rows { get; set; } = 6;

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(name), "_");
        var hasError = ViewContext.ViewData.ModelState.TryGetValue(
            ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(name), out var entry) && entry.Errors.Count > 0;

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", hasError ? "field field-error" : "field");

        var describedBy = new List<string>();
        output.Content.AppendHtml(generator.GenerateLabel(ViewContext, For.ModelExplorer, name, labelText: null, htmlAttributes: null));
        if (Hint is not null)
        {
            var hint = new TagBuilder("span") { Attributes = { ["id"] = $"{id}-hint", ["class"] = "hint" } };
            hint.InnerHtml.Append(Hint);
            output.Content.AppendHtml(hint);
            describedBy.Add($"{id}-hint");
        }
        if (hasError)
        {
            var message = generator.GenerateValidationMessage(ViewContext, For.ModelExplorer, name, message: null, tag: "span",
                htmlAttributes: new { id = $"{id}-error", @class = "error-message" });
            output.Content.AppendHtml(message);
            describedBy.Add($"{id}-error");
        }

        var control = Kind switch
        {
            "textarea" => generator.GenerateTextArea(ViewContext, For.ModelExplorer, name, Rows, 60, null),
            "select" or "multiselect" => generator.GenerateSelect(ViewContext, For.ModelExplorer, PlaceholderOption, name,
                Items ?? [], allowMultiple: Kind == "multiselect", htmlAttributes: null),
            _ => generator.GenerateTextBox(ViewContext, For.ModelExplorer, name, For.Model, format: Kind == "date" ? "{0:yyyy-MM-dd}" : null,
                htmlAttributes: new { type = Kind }),
        };
        // The generators add the unobtrusive-validation attributes; we validate on the server only.
        foreach (var key in control.Attributes.Keys.Where(k => k.StartsWith("data-val", StringComparison.Ordinal)).ToList())
            control.Attributes.Remove(key);
        if (describedBy.Count > 0) control.Attributes["aria-describedby"] = string.Join(' ', describedBy);
        if (hasError) control.Attributes["aria-invalid"] = "true";
        if (AutoComplete is not null) control.Attributes["autocomplete"] = AutoComplete;
        output.Content.AppendHtml(control);
    }
}
