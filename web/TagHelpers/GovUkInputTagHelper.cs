using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace SchoolExperience.Web.TagHelpers;

[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkInputTagHelper : GovUkFieldTagHelper
{
    [HtmlAttributeName("type")]
    public string Type { get; set; } = "text";

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    [HtmlAttributeName("spellcheck")]
    public bool? Spellcheck { get; set; }

    /// <summary>A width class such as govuk-input--width-20.</summary>
    [HtmlAttributeName("width-class")]
    public string? WidthClass { get; set; }

    protected override TagBuilder BuildControl(string? value, bool hasError)
    {
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass("govuk-input");
        if (WidthClass is not null)
        {
            input.AddCssClass(WidthClass);
        }

        if (hasError)
        {
            input.AddCssClass("govuk-input--error");
        }

        input.Attributes["type"] = Type;
        input.Attributes["value"] = value ?? "";
        if (Autocomplete is not null)
        {
            input.Attributes["autocomplete"] = Autocomplete;
        }

        if (Spellcheck is { } spellcheck)
        {
            input.Attributes["spellcheck"] = spellcheck ? "true" : "false";
        }

        return input;
    }
}
