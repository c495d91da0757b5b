using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace SchoolExperience.Web.TagHelpers;

/// <summary>A GOV.UK yes/no question: a fieldset with a legend, two inline radios and the field's error.</summary>
[HtmlTargetElement("govuk-yes-no", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkYesNoTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public required ModelExpression For { get; set; }

    [HtmlAttributeName("legend")]
    public required string Legend { get; set; }

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    [ViewContext, HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var id = For.Name;
        var error = ViewContext.ModelState.TryGetValue(id, out var entry) && entry.Errors.Count > 0
            ? entry.Errors[0].ErrorMessage
            : null;
        var value = ViewContext.ModelState.TryGetValue(id, out var posted) && posted.AttemptedValue is not null
            ? posted.AttemptedValue
            : For.Model?.ToString()?.ToLowerInvariant();

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");

        var describedBy = new List<string>();
        var fieldset = new TagBuilder("fieldset");
        fieldset.AddCssClass("govuk-fieldset");
        var legend = new TagBuilder("legend");
        legend.AddCssClass("govuk-fieldset__legend govuk-fieldset__legend--s");
        legend.InnerHtml.Append(Legend);
        fieldset.InnerHtml.AppendHtml(legend);
        if (Hint is not null)
        {
            fieldset.InnerHtml.AppendHtml($"<div id=\"{id}-hint\" class=\"govuk-hint\">{System.Net.WebUtility.HtmlEncode(Hint)}</div>");
            describedBy.Add($"{id}-hint");
        }

        if (error is not null)
        {
            fieldset.InnerHtml.AppendHtml($"<p id=\"{id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {System.Net.WebUtility.HtmlEncode(error)}</p>");
            describedBy.Add($"{id}-error");
        }

        if (describedBy.Count > 0)
        {
            fieldset.Attributes["aria-describedby"] = string.Join(' ', describedBy);
        }

        var radios = new TagBuilder("div");
        radios.AddCssClass("govuk-radios govuk-radios--inline");
        radios.Attributes["data-module"] = "govuk-radios";
        // The first radio carries the field's id, so the error summary's link lands on it.
        radios.InnerHtml.AppendHtml(Radio(id, id, "true", "Yes", value == "true"));
        radios.InnerHtml.AppendHtml(Radio($"{id}-no", id, "false", "No", value == "false"));
        fieldset.InnerHtml.AppendHtml(radios);
        output.Content.AppendHtml(fieldset);
    }

    private static TagBuilder Radio(string id, string name, string value, string label, bool isChecked)
    {
        var item = new TagBuilder("div");
        item.AddCssClass("govuk-radios__item");
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass("govuk-radios__input");
        input.Attributes["id"] = id;
        input.Attributes["name"] = name;
        input.Attributes["type"] = "radio";
        input.Attributes["value"] = value;
        if (isChecked)
        {
            input.Attributes["checked"] = "checked";
        }

        var labelTag = new TagBuilder("label");
        labelTag.AddCssClass("govuk-label govuk-radios__label");
        labelTag.Attributes["for"] = id;
        labelTag.InnerHtml.Append(label);
        item.InnerHtml.AppendHtml(input);
        item.InnerHtml.AppendHtml(labelTag);
        return item;
    }
}
